import { Anchor, Badge, Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.js';
import { type SeriesSummary, sessionOrganizerRoles, useSeriesList } from '../../api/sessions.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ExportButtons } from '../exports/ExportButtons.js';
import { sessionsSearch } from './sessions-search.js';
import { AttestationBadge, useSessionFormat } from './ui.js';

export { sessionsSearch };

const route = getRouteApi('/app/sessions');
const pageSize = 25;

export function SessionsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const list = useSeriesList({ audience: search.audience, page, pageSize });
  const organizer = sessionOrganizerRoles.includes(session.role);
  return (
    <>
      <PageTitle
        title={t('sessions.list.title')}
        intro={t('sessions.list.intro', { organization: session.organization.name })}
        actions={
          organizer ? (
            <Button
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              renderRoot={(props) => <Link to="/sessions/new" {...props} />}
            >
              {t('sessions.list.plan')}
            </Button>
          ) : null
        }
      />
      <Group mb="md">
        <NativeSelect
          label={t('sessions.list.audienceFilter')}
          value={search.audience ?? ''}
          onChange={(event) =>
            navigate({
              search: {
                audience: (event.currentTarget.value || undefined) as 'beneficiaries' | 'staff' | undefined,
                page: undefined,
              },
              replace: true,
            })
          }
          data={[
            { value: '', label: t('sessions.list.allAudiences') },
            { value: 'beneficiaries', label: t('sessions.audience.beneficiaries') },
            { value: 'staff', label: t('sessions.audience.staff') },
          ]}
        />
        <ExportButtons path="/api/exports/sessions" filters={{ audience: search.audience }} />
      </Group>
      <QueryState
        isPending={list.isPending}
        error={list.error}
        onRetry={() => list.refetch()}
        missingRouteText={t('sessions.unavailable')}
      >
        {list.data && list.data.items.length === 0 ? <Text>{t('sessions.list.empty')}</Text> : null}
        {list.data && list.data.items.length > 0 ? (
          <>
            <SeriesTable items={list.data.items} />
            <Pager
              page={page}
              pageSize={pageSize}
              total={list.data.total}
              onChange={(next) => navigate({ search: (previous) => ({ ...previous, page: next }) })}
            />
          </>
        ) : null}
      </QueryState>
    </>
  );
}

function SeriesTable({ items }: { items: SeriesSummary[] }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption>{t('sessions.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('sessions.field.title')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.organization')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.kind')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.mode')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.dates')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.seats')}</Table.Th>
            <Table.Th scope="col">{t('sessions.field.attestation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((series) => (
            <Table.Tr key={series.id}>
              <Table.Th scope="row" fw={600}>
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/sessions/$seriesId" params={{ seriesId: series.id }} {...props} />
                  )}
                >
                  {series.title}
                </Anchor>
                {series.status === 'planned' ? null : (
                  <Badge ms="xs" color="gray.7" variant="filled" tt="none">
                    {t(`sessions.seriesStatus.${series.status}`)}
                  </Badge>
                )}
                <Text size="xs" fw={400}>
                  {t(`sessions.audience.${series.audience}`)}
                </Text>
              </Table.Th>
              <Table.Td>{series.organizationName}</Table.Td>
              <Table.Td>{t(`sessions.kind.${series.kind}`)}</Table.Td>
              <Table.Td>{t(`sessions.mode.${series.mode}`)}</Table.Td>
              <Table.Td>
                {format.dateTime(series.firstMeetingAt)}
                {series.meetings > 1 ? (
                  <Text size="xs">
                    {t('sessions.list.until', {
                      date: format.date(series.lastMeetingAt),
                      count: series.meetings,
                    })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Seats series={series} />
              </Table.Td>
              <Table.Td>
                <AttestationBadge grants={series.grantsAttestation} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function Seats({ series }: { series: Pick<SeriesSummary, 'enrolled' | 'capacity' | 'waitlisted'> }) {
  const { t } = useTranslation();
  return (
    <>
      {series.capacity === null
        ? t('sessions.seats.open', { count: series.enrolled })
        : t('sessions.seats.taken', { enrolled: series.enrolled, capacity: series.capacity })}
      {series.waitlisted > 0 ? (
        <Text size="xs">{t('sessions.seats.waitlisted', { count: series.waitlisted })}</Text>
      ) : null}
    </>
  );
}
