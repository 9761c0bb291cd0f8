import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime, wallTimeOf } from '../../../core/time-zone.js';
import { type Meeting, useCancelMeeting, useRescheduleMeeting } from '../../api/sessions.js';
import { EntryForm } from '../../components/EntryForm.js';
import { notify } from '../../notify.js';
import { useSessionFormat } from './ui.js';

export function RescheduleForm({
  seriesId,
  meeting,
  onDone,
}: {
  seriesId: string;
  meeting: Meeting;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const reschedule = useRescheduleMeeting(seriesId);
  return (
    <EntryForm
      title={t('sessions.meetings.rescheduleTitle', {
        number: meeting.number,
        date: format.dateTime(meeting.startsAt),
      })}
      initial={{ startsAt: wallTimeOf(meeting.startsAt, format.timeZone) }}
      fields={[
        {
          name: 'startsAt',
          label: t('sessions.meetings.newTime'),
          kind: 'custom',
          render: (value, set, error) => (
            <TextInput
              type="datetime-local"
              label={t('sessions.meetings.newTime')}
              description={t('sessions.plan.timeZone', { timeZone: format.timeZone })}
              required
              value={(value as string | undefined) ?? ''}
              error={error}
              onChange={(event) => set(event.currentTarget.value)}
            />
          ),
        },
      ]}
      submitLabel={t('sessions.meetings.rescheduleSubmit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const startsAt = isoOfWallTime(String(values.startsAt ?? ''), format.timeZone);
        // Shown by the form like a server message.
        if (!startsAt) throw new Error(t('sessions.meetings.timeNeeded'));
        const moved = await reschedule.mutateAsync({ meetingId: meeting.id, startsAt });
        notify({
          color: 'green',
          message: t('sessions.meetings.rescheduled', {
            number: moved.number,
            date: format.dateTime(moved.startsAt),
          }),
        });
        onDone();
      }}
    />
  );
}

export function CancelMeetingForm({
  seriesId,
  meeting,
  onDone,
}: {
  seriesId: string;
  meeting: Meeting;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useSessionFormat();
  const cancel = useCancelMeeting(seriesId);
  return (
    <EntryForm
      title={t('sessions.meetings.cancelTitle', {
        number: meeting.number,
        date: format.dateTime(meeting.startsAt),
      })}
      fields={[{ name: 'reason', label: t('sessions.meetings.reason'), kind: 'textarea', required: true }]}
      submitLabel={t('sessions.meetings.cancelSubmit')}
      onCancel={onDone}
      onSubmit={async (values) => {
        const cancelled = await cancel.mutateAsync({
          meetingId: meeting.id,
          reason: String(values.reason ?? ''),
        });
        notify({ color: 'green', message: t('sessions.meetings.cancelled', { number: cancelled.number }) });
        onDone();
      }}
    />
  );
}
