import { Anchor, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { followUpRoles } from '../../../core/auth/roles.js';
import { useSession } from '../../api/session.js';
import { useHostedStays } from '../../api/stays.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatNumber } from '../../format.js';

/**
 * For a regional partner: the exploratory stays it hosts or that come to the regions it covers, from
 * every member of its consortia — who comes (names only where the person's consent names the partner,
 * initials otherwise), when, from which organization, and what the household decided. Each row opens the
 * stay's page; the list comes 25 stays at a time, newest first, with a control to show more.
 */
export function HostedStaysSection() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = followUpRoles.includes(session.role);
  const stays = useHostedStays(allowed);
  if (!allowed) return null;
  const pages = stays.data?.pages ?? [];
  const hosted = pages.flatMap((page) => page.items).filter((stay) => stay.side === 'host');
  const total = pages.at(-1)?.total ?? 0;
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
                      <Anchor
                        size="sm"
                        renderRoot={(props) => (
                          <Link to="/stays/$stayId" params={{ stayId: stay.id }} {...props} />
                        )}
                      >
                        {t('stays.hosted.householdOf', {
                          names: stay.travellers.map((traveller) => traveller.name).join(', ') || '—',
                          size: stay.householdSize,
                        })}
                      </Anchor>
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
        {hosted.length > 0 ? (
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('stays.hosted.shown', { shown: formatNumber(hosted.length), total: formatNumber(total) })}
            </Text>
            {stays.hasNextPage ? (
              <Button
                variant="light"
                size="xs"
                loading={stays.isFetchingNextPage}
                onClick={() => stays.fetchNextPage()}
              >
                {t('stays.hosted.more')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </QueryState>
    </Paper>
  );
}
