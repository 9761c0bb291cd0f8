import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quebecRegions } from '../../../modules/front-door/domain/vocabulary.js';
import {
  type FrontDoorFilters,
  type FrontDoorRequestSummary,
  useFrontDoorRequests,
} from '../../api/front-door.js';
import { Pager } from '../../components/Pager.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';

type State = NonNullable<FrontDoorFilters['state']>;
const states: readonly State[] = ['open', 'new', 'assigned', 'converted', 'closed', 'all'];
const pageSize = 50;

export const regionName = (code: string) => quebecRegions.find((r) => r.code === code)?.name ?? code;

export function requestName(
  r: Pick<FrontDoorRequestSummary, 'givenName' | 'familyName'>,
  anonymized: string,
) {
  return r.givenName === null ? anonymized : [r.givenName, r.familyName].filter(Boolean).join(' ');
}

/**
 * The consortium's queue: the coordination sees every request with the member proposed and why, and
 * confirms or reassigns; a member sees the requests assigned to it, opens files or closes them.
 */
export function FrontDoorQueuePage() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('open');
  const [page, setPage] = useState(1);
  const requests = useFrontDoorRequests({ state, page, pageSize });

  return (
    <>
      <PageTitle
        title={t('frontDoor.title')}
        intro={requests.data?.coordinates === false ? t('frontDoor.introMember') : t('frontDoor.intro')}
        actions={
          requests.data?.coordinates
            ? [...new Set(requests.data.items.map((r) => r.programId))].map((programId) => (
                <Anchor
                  key={programId}
                  renderRoot={(props) => (
                    <Link to="/programs/$programId/front-door" params={{ programId }} {...props} />
                  )}
                >
                  {t('frontDoor.rulesLink')}
                </Anchor>
              ))
            : undefined
        }
      />
      <Stack>
        <SegmentedControl
          aria-label={t('frontDoor.filter')}
          value={state}
          onChange={(value) => {
            setState(value as State);
            setPage(1);
          }}
          data={states.map((value) => ({ value, label: t(`frontDoor.states.${value}`) }))}
          style={{ maxWidth: '100%', overflowX: 'auto' }}
        />
        <QueryState isPending={requests.isPending} error={requests.error} onRetry={() => requests.refetch()}>
          {requests.data ? (
            requests.data.items.length === 0 ? (
              <Text>{t('frontDoor.none')}</Text>
            ) : (
              <>
                <RequestsTable items={requests.data.items} />
                <Pager
                  page={requests.data.page}
                  pageSize={requests.data.pageSize}
                  total={requests.data.total}
                  onChange={setPage}
                />
              </>
            )
          ) : null}
        </QueryState>
      </Stack>
    </>
  );
}

export function ProposalReason({ request }: { request: Pick<FrontDoorRequestSummary, 'proposalReason'> }) {
  const { t } = useTranslation();
  const reason = request.proposalReason;
  if (!reason) return null;
  return (
    <Text size="xs" c="dimmed">
      {reason.kind === 'rule'
        ? t('frontDoor.reason.rule', { position: reason.position, label: reason.label })
        : t('frontDoor.reason.least_load', { load: reason.load })}
    </Text>
  );
}

/** The occupation picked (ESCO, in the reader's language), with what the person wrote when it differs. */
export function RequestOccupation({
  request,
}: {
  request: Pick<FrontDoorRequestSummary, 'occupation' | 'occupationLabel'>;
}) {
  const { t } = useTranslation();
  const { occupation, occupationLabel } = request;
  if (!occupationLabel) return <>{occupation ?? '—'}</>;
  return (
    <>
      {occupationLabel}
      {occupation && occupation !== occupationLabel ? (
        <Text size="xs" c="dimmed">
          {t('frontDoor.request.occupationWritten', { text: occupation })}
        </Text>
      ) : null}
    </>
  );
}

function RequestsTable({ items }: { items: FrontDoorRequestSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollTable label={t('frontDoor.table.caption')}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('frontDoor.table.person')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.received')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.household')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.occupation')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.regions')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.proposal')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.assigned')}</Table.Th>
            <Table.Th scope="col">{t('frontDoor.table.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">
                <Anchor
                  renderRoot={(props) => (
                    <Link to="/front-door/$requestId" params={{ requestId: r.id }} {...props} />
                  )}
                >
                  {requestName(r, t('frontDoor.anonymized'))}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {r.language.toUpperCase()}
                  {r.residenceCity ? ` · ${r.residenceCity}` : ''}
                </Text>
              </Table.Th>
              <Table.Td>
                {formatDateTime(r.receivedAt)}
                {r.repeatCount > 0 ? (
                  <Text size="xs" c="dimmed">
                    {t('frontDoor.repeats', { count: r.repeatCount })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {t('frontDoor.householdSize', { count: r.householdSize })}
                {r.withChildren ? (
                  <Text size="xs" c="dimmed">
                    {t('frontDoor.withChildren')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <RequestOccupation request={r} />
              </Table.Td>
              <Table.Td>
                {r.anyRegion ? t('frontDoor.anyRegion') : r.regionsSought.map(regionName).join(', ')}
              </Table.Td>
              <Table.Td>
                {r.proposedOrganization?.name ?? '—'}
                <ProposalReason request={r} />
              </Table.Td>
              <Table.Td>{r.assignedOrganization?.name ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge
                    variant="light"
                    color={r.state === 'new' ? 'orange.9' : r.state === 'converted' ? 'green.9' : 'gray.8'}
                  >
                    {t(`frontDoor.states.${r.state}`)}
                  </Badge>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
