import {
  Button,
  Group,
  MultiSelect,
  NativeSelect,
  Stack,
  Table,
  TagsInput,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors.js';
import {
  attendanceStatuses,
  type MeetingView,
  useRecordAttendance,
  useWriteMinutes,
} from '../../api/meetings.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { notify } from '../../notify.js';

type Status = (typeof attendanceStatuses)[number];
type Staff = MeetingView['attendance'][number]['attendees'][number];

/**
 * Attendance of each invited organization: a grid the coordination fills in — the status, its staff who
 * came (chosen among its active accounts) and guests without an account — and a table for the others.
 * Only an organization present names people; each row counts them.
 */
export function AttendanceGrid({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const record = useRecordAttendance(meeting.id);
  const [rows, setRows] = useState(() =>
    meeting.attendance.map((row) => ({
      organization: row.organization,
      status: (row.status ?? '') as Status | '',
      attendeeUserIds: row.attendees.map((a) => a.userId),
      guests: row.guests,
    })),
  );
  if (meeting.attendance.length === 0) return <Text>{t('meetings.attendance.none')}</Text>;
  const change = (index: number, patch: Partial<(typeof rows)[number]>) =>
    setRows((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const statusOptions = [
    { value: '', label: t('meetings.attendance.unknown') },
    ...attendanceStatuses.map((value) => ({ value, label: t(`meetings.attendance.value.${value}`) })),
  ];
  /** Its active staff, and whoever was recorded before and has left since (kept unless removed). */
  const staffChoices = (organizationId: string) => {
    const active = meeting.participants.find((p) => p.id === organizationId)?.staff ?? [];
    const recorded = meeting.attendance.find((a) => a.organization.id === organizationId)?.attendees ?? [];
    const all = new Map<string, Staff>([...recorded, ...active].map((s) => [s.userId, s]));
    return [...all.values()].map((s) => ({ value: s.userId, label: s.name ?? '—' }));
  };
  const peopleOf = (row: (typeof rows)[number]) =>
    row.status === 'present' ? row.attendeeUserIds.length + row.guests.length : 0;
  // Partner contacts are recorded apart (PartnerAttendance) and count in the meeting's people present.
  const partners = meeting.partnerAttendance.reduce((sum, row) => sum + row.people, 0);
  const total = meeting.runs
    ? rows.reduce((sum, row) => sum + peopleOf(row), 0) + partners
    : meeting.peoplePresent;
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await record.mutateAsync({
            attendance: rows.map((row) => ({
              organizationId: row.organization.id,
              status: row.status || null,
              attendeeUserIds: row.status === 'present' ? row.attendeeUserIds : [],
              guests: row.status === 'present' ? row.guests.map((g) => g.trim()).filter(Boolean) : [],
            })),
          });
          notify({ color: 'green', message: t('meetings.attendance.saved') });
        } catch {
          // The client shows the refusal.
        }
      }}
    >
      <Text mb="xs">{t('meetings.attendance.peoplePresent', { count: total })}</Text>
      <ScrollTable label={t('meetings.attendance.table')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetings.attendance.organization')}</Table.Th>
              <Table.Th scope="col">{t('meetings.attendance.status')}</Table.Th>
              <Table.Th scope="col">{t('meetings.attendance.attendees')}</Table.Th>
              <Table.Th scope="col">{t('meetings.attendance.guests')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'end' }}>
                {t('meetings.attendance.people')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const shown = meeting.attendance[index];
              const named = row.status === 'present';
              return (
                <Table.Tr key={row.organization.id}>
                  <Table.Th scope="row" style={{ fontWeight: 'normal' }}>
                    {row.organization.name}
                  </Table.Th>
                  <Table.Td>
                    {meeting.runs ? (
                      <NativeSelect
                        aria-label={t('meetings.attendance.statusOf', {
                          organization: row.organization.name,
                        })}
                        value={row.status}
                        onChange={(e) => change(index, { status: e.currentTarget.value as Status | '' })}
                        data={statusOptions}
                      />
                    ) : row.status ? (
                      t(`meetings.attendance.value.${row.status}`)
                    ) : (
                      t('meetings.attendance.unknown')
                    )}
                  </Table.Td>
                  <Table.Td style={{ minWidth: meeting.runs ? 220 : undefined }}>
                    {meeting.runs ? (
                      <MultiSelect
                        aria-label={t('meetings.attendance.attendeesOf', {
                          organization: row.organization.name,
                        })}
                        placeholder={named ? t('meetings.attendance.choose') : undefined}
                        disabled={!named}
                        searchable
                        data={staffChoices(row.organization.id)}
                        value={row.attendeeUserIds}
                        maxValues={50}
                        nothingFoundMessage={t('meetings.attendance.noStaff')}
                        onChange={(attendeeUserIds) => change(index, { attendeeUserIds })}
                      />
                    ) : (
                      shown?.attendees.map((a) => a.name ?? '—').join(', ') || '—'
                    )}
                  </Table.Td>
                  <Table.Td style={{ minWidth: meeting.runs ? 200 : undefined }}>
                    {meeting.runs ? (
                      <TagsInput
                        aria-label={t('meetings.attendance.guestsOf', {
                          organization: row.organization.name,
                        })}
                        placeholder={named ? t('meetings.attendance.guestsHint') : undefined}
                        disabled={!named}
                        value={row.guests}
                        maxTags={50}
                        onChange={(guests) => change(index, { guests })}
                      />
                    ) : (
                      shown?.guests.join(', ') || '—'
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'end' }}>
                    {meeting.runs ? peopleOf(row) : (shown?.people ?? 0)}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {meeting.runs ? (
        <Group justify="flex-end" mt="sm">
          <Button type="submit" loading={record.isPending}>
            {t('meetings.attendance.save')}
          </Button>
        </Group>
      ) : null}
    </form>
  );
}

/** The minutes and the numbered decisions: written by the coordination, read by the members invited. */
export function MinutesSection({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const write = useWriteMinutes(meeting.id);
  const [minutes, setMinutes] = useState(meeting.minutes ?? '');
  const [decisions, setDecisions] = useState(meeting.decisions.join('\n'));
  const errors = fieldErrorsOf(write.error);
  if (!meeting.runs)
    return (
      <Stack gap="xs">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes || t('meetings.minutes.none')}</Text>
        <DecisionList decisions={meeting.decisions} />
      </Stack>
    );
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await write.mutateAsync({
            minutes: minutes.trim() || null,
            decisions: decisions
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          });
          notify({ color: 'green', message: t('meetings.minutes.saved') });
        } catch {
          // The client shows the refusal.
        }
      }}
    >
      <Stack>
        <Textarea
          label={t('meetings.minutes.minutes')}
          autosize
          minRows={4}
          value={minutes}
          error={errors.minutes}
          onChange={(e) => setMinutes(e.currentTarget.value)}
        />
        <Textarea
          label={t('meetings.minutes.decisions')}
          description={t('meetings.minutes.decisionsHint')}
          autosize
          minRows={2}
          value={decisions}
          error={errors.decisions}
          onChange={(e) => setDecisions(e.currentTarget.value)}
        />
        <DecisionList decisions={meeting.decisions} />
        <Group justify="flex-end">
          <Button type="submit" loading={write.isPending}>
            {t('meetings.minutes.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DecisionList({ decisions }: { decisions: string[] }) {
  const { t } = useTranslation();
  if (decisions.length === 0) return <Text c="dimmed">{t('meetings.minutes.noDecision')}</Text>;
  return (
    <ol aria-label={t('meetings.minutes.decisions')} style={{ margin: 0, paddingInlineStart: 24 }}>
      {decisions.map((decision, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the decisions are numbered by their place.
        <li key={index}>{decision}</li>
      ))}
    </ol>
  );
}
