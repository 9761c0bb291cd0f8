import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi, Link, useBlocker } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type RollCall, useRollCall, useSaveRollCall } from '../../api/sessions.js';
import { PageTitle } from '../../components/PageTitle.js';
import { QueryState } from '../../components/QueryState.js';
import { notify } from '../../notify.js';
import { ParticipantMarkRow } from './ParticipantMarkRow.js';
import { changedMarks, type MarkState } from './roll-call.js';
import { useSessionFormat } from './ui.js';

const route = getRouteApi('/app/sessions/meetings/$meetingId/roll-call');

export function RollCallPage() {
  const { t } = useTranslation();
  const { meetingId } = route.useParams();
  const rollCall = useRollCall(meetingId);
  const format = useSessionFormat();
  const data = rollCall.data;
  return (
    <>
      <PageTitle
        title={
          data ? t('sessions.rollCall.titleOf', { title: data.seriesTitle }) : t('sessions.rollCall.title')
        }
        intro={
          data
            ? t('sessions.rollCall.meeting', {
                number: data.meeting.number,
                date: format.dateTime(data.meeting.startsAt),
                duration: format.duration(data.meeting.durationMinutes),
              })
            : undefined
        }
      />
      <QueryState
        isPending={rollCall.isPending}
        error={rollCall.error}
        onRetry={() => rollCall.refetch()}
        missingRouteText={t('sessions.unavailable')}
      >
        {data && !data.started && data.meeting.status !== 'cancelled' ? (
          <NotStartedYet rollCall={data} />
        ) : data ? (
          <RollCallForm key={data.meeting.id} rollCall={data} />
        ) : null}
      </QueryState>
    </>
  );
}

function RollCallForm({ rollCall }: { rollCall: RollCall }) {
  const { t } = useTranslation();
  const save = useSaveRollCall(rollCall.meeting.id);
  const [drafts, setDrafts] = useState<Map<string, MarkState>>(new Map());
  // Waitlisted and withdrawn people hold no seat at this meeting, unless a mark was already taken.
  const rows = rollCall.participants.filter(
    (participant) => participant.status === 'enrolled' || participant.mark !== null,
  );
  const saved = useMemo(
    () =>
      new Map(
        rollCall.participants.map((participant) => [
          participant.enrolmentId,
          { mark: participant.mark, minutesMissed: participant.minutesMissed, live: participant.live },
        ]),
      ),
    [rollCall],
  );
  const changes = changedMarks(saved, drafts);
  const dirty = changes.length > 0;
  const stateOf = (enrolmentId: string): MarkState =>
    drafts.get(enrolmentId) ?? saved.get(enrolmentId) ?? { mark: null, minutesMissed: 0, live: true };
  const update = (enrolmentId: string, next: MarkState) =>
    setDrafts((previous) => new Map(previous).set(enrolmentId, next));
  const unmarked = rows.filter((row) => stateOf(row.enrolmentId).mark === null);
  const marked = rows.length - unmarked.length;

  useBlocker({
    shouldBlockFn: () => !window.confirm(t('sessions.rollCall.leaveUnsaved')),
    disabled: !dirty,
    enableBeforeUnload: dirty,
  });

  const submit = async () => {
    try {
      const result = await save.mutateAsync({ seriesId: rollCall.seriesId, marks: changes });
      setDrafts(new Map());
      notify({
        color: 'green',
        message: t('sessions.rollCall.saved', { count: changes.length, marked: result.marked }),
      });
    } catch {
      // Shown above the save button.
    }
  };

  if (rollCall.meeting.status === 'cancelled') {
    return (
      <Stack>
        <Alert color="gray">
          {t('sessions.rollCall.cancelled', { reason: rollCall.meeting.cancelReason ?? '' })}
        </Alert>
        <BackLink seriesId={rollCall.seriesId} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <BackLink seriesId={rollCall.seriesId} />
        {unmarked.length > 0 ? (
          <Button
            variant="light"
            onClick={() =>
              setDrafts((previous) => {
                const next = new Map(previous);
                for (const row of unmarked)
                  next.set(row.enrolmentId, { ...stateOf(row.enrolmentId), mark: 'present' });
                return next;
              })
            }
          >
            {t('sessions.rollCall.allPresent', { count: unmarked.length })}
          </Button>
        ) : null}
      </Group>
      {rows.length === 0 ? <Text>{t('sessions.rollCall.empty')}</Text> : null}
      {rows.map((participant) => (
        <ParticipantMarkRow
          key={participant.enrolmentId}
          participant={participant}
          state={stateOf(participant.enrolmentId)}
          changed={changes.some((change) => change.enrolmentId === participant.enrolmentId)}
          meetingMinutes={rollCall.meeting.durationMinutes}
          onChange={(next) => update(participant.enrolmentId, next)}
        />
      ))}
      <Paper
        withBorder
        shadow="md"
        p="sm"
        style={{ position: 'sticky', bottom: 0, zIndex: 2 }}
        component="section"
        aria-label={t('sessions.rollCall.saveBar')}
      >
        <Stack gap="xs">
          {save.error ? (
            <Alert color="red" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Text size="sm" role="status" aria-live="polite">
              {dirty
                ? t('sessions.rollCall.unsaved', { count: changes.length })
                : t('sessions.rollCall.allSaved')}
              <br />
              {t('sessions.rollCall.progress', { marked, total: rows.length })}
            </Text>
            <Button
              size="md"
              onClick={submit}
              loading={save.isPending}
              disabled={!dirty}
              style={{ flexShrink: 0 }}
            >
              {t('app.save')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** Before the meeting there is nobody to mark: say so and when it starts, instead of marks that Save would refuse. */
function NotStartedYet({ rollCall }: { rollCall: RollCall }) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  return (
    <Stack>
      <Alert color="blue" title={t('sessions.rollCall.notStartedTitle')}>
        {t('sessions.rollCall.notStarted', { date: format.dateTime(rollCall.meeting.startsAt) })}
      </Alert>
      <BackLink seriesId={rollCall.seriesId} />
    </Stack>
  );
}

function BackLink({ seriesId }: { seriesId: string }) {
  const { t } = useTranslation();
  return (
    <Anchor renderRoot={(props) => <Link to="/sessions/$seriesId" params={{ seriesId }} {...props} />}>
      {t('sessions.rollCall.back')}
    </Anchor>
  );
}
