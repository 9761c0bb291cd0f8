import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharedPersonView } from '../../api/sharing.js';
import { formatDate } from '../../format.js';
import { Facts } from '../person/Facts.js';

/**
 * The regionalization plan as a partner reads it under a consent's "plan" section: the track, the
 * regions sought (most wanted first) and the planned arrival. The server sends nothing else of it
 * (never the health needs or their note).
 */
export function SharedRegionalizationPlan({
  plan,
}: {
  plan: NonNullable<SharedPersonView['regionalizationPlan']>;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="sm">
      <Title order={3} size="h6">
        {t('relocationPlans.shared.title')}
      </Title>
      <Facts
        items={[
          {
            label: t('relocationPlans.track.label'),
            value: t(`relocationPlans.track.${plan.track}`, { defaultValue: plan.track }),
          },
          {
            label: t('relocationPlans.shared.regions'),
            value: plan.regions.map((r) => r.name).join(', '),
          },
          { label: t('relocationPlans.shared.arrival'), value: formatDate(plan.plannedArrivalOn) },
        ]}
      />
    </Stack>
  );
}
