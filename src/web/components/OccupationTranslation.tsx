import { Stack } from '@mantine/core';
import { useState } from 'react';
import {
  ClassificationOccupationPicker,
  type ClassifiedOccupation,
} from './ClassificationOccupationPicker.js';
import { OccupationEquivalentsPanel } from './OccupationEquivalentsPanel.js';

/**
 * A former occupation's equivalents where the organization works, and a search across every
 * classification to look at another one (the title the person gives, a ROME, O*NET or NOC code).
 */
export function OccupationTranslation({ escoId }: { escoId: string }) {
  const [other, setOther] = useState<ClassifiedOccupation | null>(null);
  return (
    <Stack gap="md">
      <OccupationEquivalentsPanel occupation={other ?? { scheme: 'esco', code: escoId }} />
      <ClassificationOccupationPicker value={other} onChange={setOther} />
    </Stack>
  );
}
