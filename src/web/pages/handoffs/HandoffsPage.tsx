import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HandoffsFilters, type HandoffView, useHandoffs } from '../../api/handoffs.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { AcceptHandoffDialog } from './AcceptHandoffDialog.js';
import { DeclineHandoffDialog } from './DeclineHandoffDialog.js';
import { handoffMembersNames, handoffPersonName, handoffProgramName } from './handoff-words.js';

type Direction = HandoffsFilters['direction'];
type Status = HandoffsFilters['status'];

const statusColor = {
  proposed: 'blue.8',
  accepted: 'green.9',
  declined: 'red.8',
  withdrawn: 'gray.7',
} as const;

/**
 * Hand-offs received (to take over: the longest waiting first) and sent, with their state. A receiver
 * takes over or declines from here; what it knows of the person before is what their consent shares.
 */
export function HandoffsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [direction, setDirection] = useState<Direction>('received');
  const [status, setStatus] = useState<Status>('open');
  const [accepting, setAccepting] = useState<HandoffView | null>(null);
  const [declining, setDeclining] = useState<HandoffView | null>(null);
  const handoffs = useHandoffs({ direction, status });
  return (
    <>
      <PageTitle title={t('handoffs.title')} intro={t('handoffs.intro')} />
      <Stack>
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('handoffs.directionLabel')}
            value={direction}
            onChange={(value) => setDirection(value as Direction)}
            data={(['received', 'sent'] as const).map((value) => ({
              value,
              label: t(`handoffs.direction.${value}`),
            }))}
          />
          <SegmentedControl
            aria-label={t('handoffs.statusLabel')}
            value={status}
            onChange={(value) => setStatus(value as Status)}
            data={(['open', 'decided', 'all'] as const).map((value) => ({
              value,
              label: t(`handoffs.statusFilter.${value}`),
            }))}
          />
        </Group>
        <QueryState isPending={handoffs.isPending} error={handoffs.error} onRetry={() => handoffs.refetch()}>
          {handoffs.data ? (
            handoffs.data.items.length === 0 ? (
              <Text>{t('handoffs.empty')}</Text>
            ) : (
              <HandoffsTable items={handoffs.data.items} onAccept={setAccepting} onDecline={setDeclining} />
            )
          ) : null}
        </QueryState>
      </Stack>
      <AcceptHandoffDialog
        key={accepting?.id ?? 'none'}
        handoff={accepting}
        onClose={() => setAccepting(null)}
        onAccepted={async (personId) => {
          setAccepting(null);
          notify({ color: 'green', message: t('handoffs.accept.done') });
          await navigate({ to: '/people/$personId', params: { personId } });
        }}
      />
      <DeclineHandoffDialog
        key={`decline-${declining?.id ?? 'none'}`}
        handoff={declining}
        onClose={() => setDeclining(null)}
        onDeclined={() => {
          notify({
            color: 'green',
            message: t('handoffs.decline.done', { organization: declining?.sender.name }),
          });
          setDeclining(null);
        }}
      />
    </>
  );
}

function HandoffsTable({
  items,
  onAccept,
  onDecline,
}: {
  items: HandoffView[];
  onAccept: (handoff: HandoffView) => void;
  onDecline: (handoff: HandoffView) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollTable label={t('handoffs.listLabel')}>
      <Table striped>
        <Table.Caption>{t('handoffs.listLabel')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('handoffs.columns.person')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.from')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.to')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.reason')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.program')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.proposedAt')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('handoffs.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((handoff) => {
            const name = handoffPersonName(handoff, t);
            const ownFile = handoff.direction === 'sent' ? handoff.senderPersonId : handoff.receiverPersonId;
            return (
              <Table.Tr key={handoff.id}>
                <Table.Td>
                  {ownFile ? (
                    <Anchor
                      renderRoot={(props) => (
                        <Link to="/people/$personId" params={{ personId: ownFile }} {...props} />
                      )}
                    >
                      {name}
                    </Anchor>
                  ) : handoff.person ? (
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          to="/shared-people/$personId"
                          params={{ personId: handoff.senderPersonId }}
                          {...props}
                        />
                      )}
                    >
                      {name}
                    </Anchor>
                  ) : (
                    name
                  )}
                  {handoffMembersNames(handoff, t) ? (
                    <Text size="sm">
                      {t('handoffs.withHousehold', { names: handoffMembersNames(handoff, t) })}
                    </Text>
                  ) : null}
                  {handoff.message ? (
                    <Text size="xs" c="dimmed">
                      {handoff.message}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{handoff.sender.name}</Table.Td>
                <Table.Td>{handoff.receiver.name}</Table.Td>
                <Table.Td>{t(`handoffs.reason.${handoff.reason}`)}</Table.Td>
                <Table.Td>{handoffProgramName(handoff, i18n.language) ?? t('handoffs.noProgram')}</Table.Td>
                <Table.Td>{formatDateTime(handoff.proposedAt)}</Table.Td>
                <Table.Td>
                  <Badge color={statusColor[handoff.status]} variant="filled">
                    {t(`handoffs.status.${handoff.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {handoff.actions.includes('accept') ? (
                      <Button
                        size="xs"
                        aria-label={t('handoffs.accept.title', { name })}
                        onClick={() => onAccept(handoff)}
                      >
                        {t('handoffs.accept.action')}
                      </Button>
                    ) : null}
                    {handoff.actions.includes('decline') ? (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('handoffs.decline.title', { name })}
                        onClick={() => onDecline(handoff)}
                      >
                        {t('handoffs.decline.action')}
                      </Button>
                    ) : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
