import { Anchor, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wallTimeOf } from '../../../core/time-zone.js';
import { sameWeekdayNextMonth } from '../../../modules/meetings/domain/next-meeting.js';
import { type MeetingView, useChangeMeeting, useCreateMeeting, useMeeting } from '../../api/meetings.js';
import { useTimeZone } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { ActionsTable } from './ActionsTable.js';
import { AddActionForm, DocumentsSection } from './MeetingAdditions.js';
import { type MeetingDraft, MeetingForm } from './MeetingForm.js';
import { PartnerAttendance } from './MeetingPartners.js';
import { AttendanceGrid, MinutesSection } from './MeetingRecords.js';

const route = getRouteApi('/app/meetings/$meetingId');

/** One meeting: agenda, attendance by member, minutes and decisions, actions carried over and decided, documents. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId } = route.useParams();
  const meeting = useMeeting(meetingId);
  return (
    <>
      <PageTitle
        title={meeting.data ? meeting.data.title : t('meetings.title')}
        intro={
          <Anchor size="sm" renderRoot={(props) => <Link to="/meetings" {...props} />}>
            {t('meetings.back')}
          </Anchor>
        }
        actions={meeting.data?.runs ? <MeetingActions meeting={meeting.data} /> : null}
      />
      <QueryState isPending={meeting.isPending} error={meeting.error} onRetry={() => meeting.refetch()}>
        {meeting.data ? <MeetingDetail key={meeting.data.id} meeting={meeting.data} /> : null}
      </QueryState>
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function MeetingDetail({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Text>
        {t(`meetings.kind.${meeting.kind}`)} · {meeting.consortium.name} · {formatDateTime(meeting.startsAt)}
        {meeting.place ? ` · ${meeting.place}` : ''}
      </Text>
      {meeting.videoLink ? (
        <Anchor href={meeting.videoLink} target="_blank" rel="noreferrer">
          {t('meetings.videoCall')}
        </Anchor>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <Section id="meeting-agenda" title={t('meetings.agenda')}>
              {meeting.agenda.length === 0 && meeting.carriedOver.length === 0 ? (
                <Text>{t('meetings.noAgenda')}</Text>
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 24 }}>
                  {meeting.carriedOver.length > 0 ? (
                    <li>
                      <Anchor href="#meeting-carried">
                        {t('meetings.carriedItem', { count: meeting.carriedOver.length })}
                      </Anchor>
                    </li>
                  ) : null}
                  {meeting.agenda.map((item, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the agenda's items are in their order.
                    <li key={index}>{item}</li>
                  ))}
                </ol>
              )}
            </Section>
            <Section id="meeting-attendance" title={t('meetings.attendance.title')}>
              <AttendanceGrid meeting={meeting} />
              <PartnerAttendance meeting={meeting} />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Section id="meeting-minutes" title={t('meetings.minutes.title')}>
            <MinutesSection meeting={meeting} />
          </Section>
        </Grid.Col>
      </Grid>
      {meeting.carriedOver.length > 0 ? (
        <Section id="meeting-carried" title={t('meetings.actions.carriedTitle')}>
          <Text size="sm" c="dimmed" mb="sm">
            {t('meetings.actions.carriedIntro')}
          </Text>
          <ActionsTable
            label={t('meetings.actions.carriedTable')}
            actions={meeting.carriedOver}
            meetingId={meeting.id}
            showMeeting
          />
        </Section>
      ) : null}
      <Section id="meeting-actions" title={t('meetings.actions.title')}>
        {meeting.actions.length === 0 ? (
          <Text>{t('meetings.actions.none')}</Text>
        ) : (
          <ActionsTable
            label={t('meetings.actions.decidedTable')}
            actions={meeting.actions}
            meetingId={meeting.id}
          />
        )}
        {meeting.runs ? <AddActionForm meeting={meeting} /> : null}
      </Section>
      <Section id="meeting-documents" title={t('meetings.documents.title')}>
        <DocumentsSection meeting={meeting} />
      </Section>
    </Stack>
  );
}

const draftOf = (meeting: MeetingView, timeZone: string): MeetingDraft => ({
  consortiumId: meeting.consortium.id,
  kind: meeting.kind,
  title: meeting.title,
  startsAt: wallTimeOf(meeting.startsAt, timeZone),
  place: meeting.place ?? '',
  videoLink: meeting.videoLink ?? '',
  agenda: meeting.agenda.join('\n'),
  invitedOrganizationIds: meeting.attendance.map((row) => row.organization.id),
});

/** The coordination changes the meeting, or plans the next one of the series (same weekday next month, same time). */
function MeetingActions({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeZone = useTimeZone();
  const [dialog, setDialog] = useState<'edit' | 'next' | null>(null);
  const change = useChangeMeeting(meeting.id);
  const create = useCreateMeeting();
  const current = draftOf(meeting, timeZone);
  const participantsOf = () => meeting.participants;
  return (
    <Group>
      <Button variant="light" color="blue.8" onClick={() => setDialog('edit')}>
        {t('meetings.edit')}
      </Button>
      <Button onClick={() => setDialog('next')}>{t('meetings.nextMeeting')}</Button>
      <Dialog
        opened={dialog === 'edit'}
        onClose={() => setDialog(null)}
        title={t('meetings.editTitle')}
        size="lg"
      >
        <MeetingForm
          initial={current}
          consortia={[meeting.consortium]}
          participantsOf={participantsOf}
          fixedSeries
          submitLabel={t('meetings.form.save')}
          pending={change.isPending}
          error={change.error}
          onSubmit={async ({ consortiumId: _consortium, kind: _kind, ...body }) => {
            await change.mutateAsync(body);
            notify({ color: 'green', message: t('meetings.saved') });
            setDialog(null);
          }}
        />
      </Dialog>
      <Dialog
        opened={dialog === 'next'}
        onClose={() => setDialog(null)}
        title={t('meetings.nextTitle')}
        size="lg"
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('meetings.nextHint')}
        </Text>
        <MeetingForm
          initial={{ ...current, startsAt: sameWeekdayNextMonth(current.startsAt) }}
          consortia={[meeting.consortium]}
          participantsOf={participantsOf}
          fixedSeries
          submitLabel={t('meetings.form.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={async (body) => {
            const { id, carriedOver } = await create.mutateAsync(body);
            notify({
              color: 'green',
              message:
                carriedOver > 0
                  ? t('meetings.createdWithCarried', { count: carriedOver })
                  : t('meetings.created'),
            });
            setDialog(null);
            await navigate({ to: '/meetings/$meetingId', params: { meetingId: id } });
          }}
        />
      </Dialog>
    </Group>
  );
}
