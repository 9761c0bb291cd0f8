import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { followUpRoles } from '../../../core/auth/roles.js';
import { useStaysInMyRegions } from '../../api/regions.js';
import { useSession } from '../../api/session.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate } from '../../format.js';

/**
 * For a regional partner: the exploratory stays it hosts or that come to the regions it covers, from
 * every member of its consortia — who comes (names only where the person's consent names the partner,
 * initials otherwise), when, from which organization, and what the household decided.
 */
export function HostedStaysSection() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = followUpRoles.includes(session.role);
  const stays = useStaysInMyRegions(allowed);
  if (!allowed) return null;
  const hosted = (stays.data?.items ?? []).filter((stay) => stay.side === 'host');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="hosted-stays-title">
      <Title order={2} size="h4" id="hosted-stays-title" mb="sm">
        {t('stays.hosted.title')}
      </Title>
      <QueryState isPending={stays.isPending} error={stays.error} onRetry={() => stays.refetch()}>
        {hosted.length === 0 ? (
          <Text size="sm">{t('stays.hosted.none')}</Text>
        ) : (
          <ScrollTable label={t('stays.hosted.table')}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('stays.hosted.household')}</Table.Th>
                  <Table.Th scope="col">{t('stays.hosted.dates')}</Table.Th>
                  <Table.Th scope="col">{t('stays.hosted.region')}</Table.Th>
                  <Table.Th scope="col">{t('stays.hosted.from')}</Table.Th>
                  <Table.Th scope="col">{t('stays.hosted.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {hosted.map((stay) => (
                  <Table.Tr key={stay.id}>
                    <Table.Th scope="row">
                      {t('stays.hosted.householdOf', {
                        names: stay.travellers.map((traveller) => traveller.name).join(', ') || '—',
                        size: stay.householdSize,
                      })}
                    </Table.Th>
                    <Table.Td>
                      {formatDate(stay.startsOn)} – {formatDate(stay.endsOn)}
                    </Table.Td>
                    <Table.Td>{stay.region.name}</Table.Td>
                    <Table.Td>{stay.organization.name}</Table.Td>
                    <Table.Td>
                      {stay.decision
                        ? t(`stays.decision.${stay.decision}`)
                        : t(`stays.status.${stay.status}`)}
                    </Table.Td>
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
