import { Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRelocationOffers, useRelocationRevisions } from '../../api/relocation-plans.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime } from '../../format.js';

/** The organization's open offers in the plan's preferred regions, the first region's first. */
export function RelocationOffers({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const offers = useRelocationOffers(personId, true);
  const items = offers.data?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="relocation-offers">
      <Title order={3} size="h5" id="relocation-offers" mb="xs">
        {t('relocationPlans.offers.title')}
      </Title>
      <QueryState isPending={offers.isPending} error={offers.error}>
        {items.length === 0 ? (
          <Text size="sm">{t('relocationPlans.offers.none')}</Text>
        ) : (
          <ScrollTable label={t('relocationPlans.offers.listLabel')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('relocationPlans.offers.region')}</Table.Th>
                  <Table.Th>{t('relocationPlans.offers.offer')}</Table.Th>
                  <Table.Th>{t('relocationPlans.offers.place')}</Table.Th>
                  <Table.Th>{t('relocationPlans.offers.expires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((offer) => (
                  <Table.Tr key={offer.id}>
                    <Table.Td>{offer.regionName}</Table.Td>
                    <Table.Td>
                      {offer.title}{' '}
                      {offer.matchesTarget ? (
                        <Badge size="sm" variant="light">
                          {t('relocationPlans.offers.matches')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{offer.placeName ?? ''}</Table.Td>
                    <Table.Td>{offer.expiresOn ? formatDate(offer.expiresOn) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </QueryState>
    </Paper>
  );
}

/** The plan's history: each revision, when, by whom, which fields it changed. */
export function RelocationRevisions({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const revisions = useRelocationRevisions(personId, true);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="relocation-revisions">
      <Title order={3} size="h5" id="relocation-revisions" mb="xs">
        {t('relocationPlans.revisions.title')}
      </Title>
      <QueryState isPending={revisions.isPending} error={revisions.error}>
        <Stack gap={4} component="ol" style={{ paddingInlineStart: 0, listStyle: 'none' }}>
          {(revisions.data?.items ?? []).map((r) => (
            <Text size="sm" component="li" key={r.revision}>
              {t('relocationPlans.revisions.item', {
                revision: r.revision,
                date: formatDateTime(r.recordedAt),
                name: r.recordedByName,
                fields: r.changedFields.length,
              })}
            </Text>
          ))}
        </Stack>
      </QueryState>
    </Paper>
  );
}
