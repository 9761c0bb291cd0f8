import { Stack } from '@mantine/core';
import { useState } from 'react';
import { ApplicationsSection } from './employment/ApplicationsSection.js';
import { BestOffersSection } from './employment/BestOffersSection.js';
import { ImmersionsSection } from './employment/ImmersionsSection.js';
import type { PlacementOrigin } from './employment/PlacementForm.js';
import { PlacementsSection } from './employment/PlacementsSection.js';

/**
 * The person's employment: each module's section (applications, best offers, immersions and job
 * visits, hires and contracts), one line each. An application's "Hired" opens the placement form
 * filled in from its offer (`setHireFrom`).
 */
export function EmploymentTab({ personId }: { personId: string }) {
  const [hireFrom, setHireFrom] = useState<PlacementOrigin | null>(null);
  return (
    <Stack>
      <ApplicationsSection
        personId={personId}
        onHire={(application) =>
          setHireFrom({ offerId: application.offer.id, applicationId: application.id })
        }
      />
      <BestOffersSection personId={personId} />
      <PlacementsSection personId={personId} hireFrom={hireFrom} onHireClosed={() => setHireFrom(null)} />
      <ImmersionsSection personId={personId} />
    </Stack>
  );
}
