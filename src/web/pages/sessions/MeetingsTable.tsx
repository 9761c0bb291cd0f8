import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Meeting, type SeriesDetail, signInSheetUrl } from '../../api/sessions.js';
import { CancelMeetingForm, RescheduleForm } from './MeetingForms.js';
import { MeetingStatusBadge, useSessionFormat } from './ui.js';

type MeetingAction = { kind: 'reschedule' | 'cancel'; meeting: Meeting };

export function MeetingsTable({ series }: { series: SeriesDetail }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const [action, setAction] = useState<MeetingAction | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const close = () => setAction(null);

  // The form opens below the table: focus goes to its first field.
  useEffect(() => {
    if (!action) return;
    formRef.current?.scrollIntoView({ block: 'nearest' });
    formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [action]);

  return (
    <section aria-labelledby="meetings-title">
      <Title order={2} size="h4" id="meetings-title" mb="sm">
        {t('sessions.meetings.title')}
      </Title>
      <Table.ScrollContainer minWidth={980}>
        <Table striped>
          <Table.Caption>{t('sessions.meetings.caption', { title: series.title })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sessions.meetings.number')}</Table.Th>
              <Table.Th scope="col">{t('sessions.meetings.when')}</Table.Th>
              <Table.Th scope="col">{t('sessions.field.duration')}</Table.Th>
              <Table.Th scope="col">{t('sessions.meetings.status')}</Table.Th>
              <Table.Th scope="col">{t('sessions.meetings.marks')}</Table.Th>
              <Table.Th scope="col">{t('app.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {series.meetingsList.map((meeting) => {
              const moved = meeting.startsAt !== meeting.firstPlannedAt;
              const live = meeting.status !== 'cancelled';
              return (
                <Table.Tr key={meeting.id}>
                  <Table.Th scope="row">{meeting.number}</Table.Th>
                  <Table.Td>
                    {format.dateTime(meeting.startsAt)}
                    {moved ? (
                      <Text size="xs">
                        {t('sessions.meetings.movedFrom', { date: format.dateTime(meeting.firstPlannedAt) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{format.duration(meeting.durationMinutes)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <MeetingStatusBadge status={meeting.status} />
                    {meeting.cancelReason ? <Text size="xs">{meeting.cancelReason}</Text> : null}
                  </Table.Td>
                  <Table.Td>
                    {live
                      ? t('sessions.meetings.markedOf', { marked: meeting.marked, total: series.enrolled })
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {live ? (
                      <Group gap="xs" wrap="wrap">
                        <Button
                          size="xs"
                          renderRoot={(props) => (
                            <Link
                              to="/sessions/meetings/$meetingId/roll-call"
                              params={{ meetingId: meeting.id }}
                              {...props}
                            />
                          )}
                          aria-label={t('sessions.meetings.rollCallOf', { number: meeting.number })}
                        >
                          {t('sessions.meetings.rollCall')}
                        </Button>
                        <Anchor
                          size="sm"
                          href={signInSheetUrl(meeting.id, format.documentLocale)}
                          target="_blank"
                          aria-label={t('sessions.meetings.signInSheetOf', { number: meeting.number })}
                        >
                          <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
                          {t('sessions.meetings.signInSheet')}
                        </Anchor>
                        {series.organizedByMe && meeting.status === 'scheduled' ? (
                          <>
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => setAction({ kind: 'reschedule', meeting })}
                              aria-label={t('sessions.meetings.rescheduleOf', { number: meeting.number })}
                            >
                              {t('sessions.meetings.reschedule')}
                            </Button>
                            <Button
                              size="xs"
                              variant="outline"
                              color="red.9"
                              onClick={() => setAction({ kind: 'cancel', meeting })}
                              aria-label={t('sessions.meetings.cancelOf', { number: meeting.number })}
                            >
                              {t('sessions.meetings.cancel')}
                            </Button>
                          </>
                        ) : null}
                      </Group>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <div ref={formRef}>
        {action?.kind === 'reschedule' ? (
          <RescheduleForm
            key={action.meeting.id}
            seriesId={series.id}
            meeting={action.meeting}
            onDone={close}
          />
        ) : null}
        {action?.kind === 'cancel' ? (
          <CancelMeetingForm
            key={action.meeting.id}
            seriesId={series.id}
            meeting={action.meeting}
            onDone={close}
          />
        ) : null}
      </div>
    </section>
  );
}
