import { Anchor, Button, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmployerView } from '../../api/employers.js';
import { mayWriteOffers, useOffers } from '../../api/offers.js';
import { useSession } from '../../api/session.js';
import { QueryState } from '../../components/QueryState.js';
import { OfferFormDialog } from '../offers/OfferFormDialog.js';
import { OfferList } from '../offers/OffersPage.js';
import { Section } from './Section.js';

const shown = 10;

/** The employer's job offers recorded by my organization, newest first, and a new one from here. */
export function OffersSection({ employer }: { employer: EmployerView }) {
  const { t } = useTranslation();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const offers = useOffers({ employerId: employer.id, page: 1, pageSize: shown });
  return (
    <Section
      id="employer-offers"
      title={t('offers.employerSection.title')}
      action={
        mayWriteOffers(session.role) ? (
          <Button variant="default" size="xs" onClick={() => setCreating(true)}>
            {t('offers.employerSection.add')}
          </Button>
        ) : null
      }
    >
      <QueryState isPending={offers.isPending} error={offers.error} onRetry={() => offers.refetch()}>
        {offers.data && offers.data.items.length === 0 ? (
          <Text size="sm">{t('offers.employerSection.none')}</Text>
        ) : null}
        {offers.data && offers.data.items.length > 0 ? (
          <Stack gap="xs">
            <OfferList
              offers={offers.data.items}
              label={t('offers.employerSection.label')}
              withEmployer={false}
            />
            {offers.data.total > shown ? (
              <Anchor
                size="sm"
                renderRoot={(props) => <Link to="/offers" search={{ employerId: employer.id }} {...props} />}
              >
                {t('offers.employerSection.all')}
              </Anchor>
            ) : null}
          </Stack>
        ) : null}
      </QueryState>
      <OfferFormDialog
        opened={creating}
        onClose={() => setCreating(false)}
        employer={{ id: employer.id, name: employer.name, country: employer.country }}
      />
    </Section>
  );
}
