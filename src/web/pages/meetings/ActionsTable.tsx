import { Badge, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type MeetingActionView, useChangeActionStatus } from '../../api/meetings.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDate, formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';

/**
 * Actions with their owner, due day and status; the status is changed where the reader may (the
 * coordination, or staff of the owner), kept in the history with the meeting it was changed at.
 */
export function ActionsTable({
  label,
  actions,
  meetingId,
  showMeeting = false,
}: {
  label: string;
  actions: (MeetingActionView & { consortium?: { name: string } })[];
  /** The meeting the page shows: a change made here is kept with it. */
  meetingId: string | null;
  showMeeting?: boolean;
}) {
  const { t } = useTranslation();
  const change = useChangeActionStatus();
  return (
    <ScrollTable label={label}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('meetings.actions.what')}</Table.Th>
            <Table.Th scope="col">{t('meetings.actions.owner')}</Table.Th>
            <Table.Th scope="col">{t('meetings.actions.dueOn')}</Table.Th>
            {showMeeting ? <Table.Th scope="col">{t('meetings.open.meeting')}</Table.Th> : null}
            <Table.Th scope="col">{t('meetings.actions.status')}</Table.Th>
            <Table.Th scope="col">{t('meetings.actions.history')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
                {action.title}
              </Table.Th>
              <Table.Td>
                {action.owner.name}
                {action.ownerUser || action.ownerName ? (
                  <Text size="xs" c="dimmed">
                    {action.ownerUser?.name ?? action.ownerName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {action.dueOn ? formatDate(action.dueOn) : '—'}
                {action.overdue ? (
                  <Badge ml={6} color="red.9" variant="light">
                    {t('meetings.actions.overdue')}
                  </Badge>
                ) : null}
              </Table.Td>
              {showMeeting ? (
                <Table.Td>
                  {action.decidedAt.title}
                  <Text size="xs" c="dimmed">
                    {formatDateTime(action.decidedAt.startsAt)}
                    {action.consortium ? ` · ${action.consortium.name}` : ''}
                  </Text>
                </Table.Td>
              ) : null}
              <Table.Td>
                {action.mayUpdate ? (
                  <NativeSelect
                    aria-label={t('meetings.actions.statusOf', { title: action.title })}
                    value={action.status}
                    disabled={change.isPending}
                    onChange={async (event) => {
                      const status = event.currentTarget.value as MeetingActionView['status'];
                      try {
                        await change.mutateAsync({ actionId: action.id, status, meetingId });
                        notify({ color: 'green', message: t('meetings.actions.statusSaved') });
                      } catch {
                        // The client shows the refusal.
                      }
                    }}
                    data={actionStatuses.map((value) => ({
                      value,
                      label: t(`meetings.actions.value.${value}`),
                    }))}
                  />
                ) : (
                  t(`meetings.actions.value.${action.status}`)
                )}
              </Table.Td>
              <Table.Td>
                <Stack
                  gap={2}
                  role="group"
                  aria-label={t('meetings.actions.historyOf', { title: action.title })}
                >
                  {action.history.map((line) => (
                    <Text size="xs" key={`${line.at}-${line.to}`}>
                      {t('meetings.actions.historyLine', {
                        date: formatDate(line.at),
                        status: t(`meetings.actions.value.${line.to}`),
                      })}
                      {line.meeting
                        ? ` ${t('meetings.actions.atMeeting', { meeting: line.meeting.title })}`
                        : ''}
                      {line.changedBy.name
                        ? ` ${t('meetings.actions.by', { name: line.changedBy.name })}`
                        : ''}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
