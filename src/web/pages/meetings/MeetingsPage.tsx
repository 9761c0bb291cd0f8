import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDaysToWallTime, wallTimeOf } from '../../../core/time-zone.js';
import {
  type MeetingList,
  type MeetingSummary,
  meetingKinds,
  useCreateMeeting,
  useMeetings,
} from '../../api/meetings.js';
import { useTimeZone } from '../../api/session.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { ScrollTable } from '../../components/ScrollTable.js';
import { formatDateTime } from '../../format.js';
import { notify } from '../../notify.js';
import { Dialog } from '../caseload/Dialog.js';
import { MeetingForm } from './MeetingForm.js';

/** A consortium's meetings by series (steering, practice exchange), latest first; the coordination plans them. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const [creating, setCreating] = useState(false);
  const running = meetings.data?.consortia.filter((c) => c.runs) ?? [];
  return (
    <>
      <PageTitle
        title={t('meetings.title')}
        intro={t('meetings.intro')}
        actions={
          <Group>
            <Button
              variant="light"
              color="blue.8"
              renderRoot={(props) => <Link to="/meetings/actions" {...props} />}
            >
              {t('meetings.openActionsLink')}
            </Button>
            {running.length > 0 ? (
              <Button onClick={() => setCreating(true)}>{t('meetings.newMeeting')}</Button>
            ) : null}
          </Group>
        }
      />
      <QueryState isPending={meetings.isPending} error={meetings.error} onRetry={() => meetings.refetch()}>
        {meetings.data ? (
          meetings.data.consortia.length === 0 ? (
            <Text>{t('meetings.noConsortium')}</Text>
          ) : (
            <Stack gap="lg">
              {meetingKinds.map((kind) => (
                <Series key={kind} kind={kind} items={meetings.data.items.filter((m) => m.kind === kind)} />
              ))}
            </Stack>
          )
        ) : null}
      </QueryState>
      {running.length > 0 ? (
        <Dialog opened={creating} onClose={() => setCreating(false)} title={t('meetings.newTitle')} size="lg">
          <NewMeeting consortia={running} onDone={() => setCreating(false)} />
        </Dialog>
      ) : null}
    </>
  );
}

function NewMeeting({ consortia, onDone }: { consortia: MeetingList['consortia']; onDone: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const timeZone = useTimeZone();
  const create = useCreateMeeting();
  const participantsOf = (id: string) => consortia.find((c) => c.id === id)?.participants ?? [];
  const consortiumId = consortia[0]!.id;
  const nextWeek = addDaysToWallTime(wallTimeOf(new Date(), timeZone).slice(0, 10), 7);
  return (
    <MeetingForm
      initial={{
        consortiumId,
        kind: 'steering',
        title: '',
        startsAt: `${nextWeek.slice(0, 10)}T09:30`,
        place: '',
        videoLink: '',
        agenda: '',
        invitedOrganizationIds: participantsOf(consortiumId).map((p) => p.id),
      }}
      consortia={consortia}
      participantsOf={participantsOf}
      fixedSeries={false}
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
        onDone();
        await navigate({ to: '/meetings/$meetingId', params: { meetingId: id } });
      }}
    />
  );
}

function Series({ kind, items }: { kind: MeetingSummary['kind']; items: MeetingSummary[] }) {
  const { t } = useTranslation();
  const headingId = `series-${kind}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t(`meetings.kind.${kind}`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`meetings.kindHint.${kind}`)}
      </Text>
      {items.length === 0 ? (
        <Text>{t('meetings.empty')}</Text>
      ) : (
        <ScrollTable label={t('meetings.seriesTable', { series: t(`meetings.kind.${kind}`) })}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.date')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.place')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.attendance')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.openActions')}</Table.Th>
                <Table.Th scope="col">{t('meetings.columns.minutes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Th scope="row">
                    <Anchor
                      renderRoot={(props) => (
                        <Link to="/meetings/$meetingId" params={{ meetingId: meeting.id }} {...props} />
                      )}
                    >
                      {meeting.title}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{formatDateTime(meeting.startsAt)}</Table.Td>
                  <Table.Td>{meeting.place ?? '—'}</Table.Td>
                  <Table.Td>
                    {t('meetings.presentOf', { present: meeting.present, invited: meeting.invited })}
                    {meeting.present > 0 ? ` · ${t('meetings.peopleCount', { count: meeting.people })}` : ''}
                  </Table.Td>
                  <Table.Td>{meeting.openActions}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={meeting.hasMinutes ? 'green.9' : 'gray.8'}>
                      {meeting.hasMinutes ? t('meetings.minutesWritten') : t('meetings.minutesMissing')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Paper>
  );
}
