import { Alert, Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoOfWallTime } from '../../../core/time-zone.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type CreateMeetingBody, meetingKinds } from '../../api/meetings.js';
import { useTimeZone } from '../../api/session.js';

export interface MeetingDraft {
  consortiumId: string;
  kind: (typeof meetingKinds)[number];
  title: string;
  /** The organization's wall-clock time, as a datetime-local field holds it. */
  startsAt: string;
  place: string;
  videoLink: string;
  agenda: string;
  invitedOrganizationIds: string[];
}

/**
 * A meeting's details: series (when planning), title, time in the organization's zone, place, video
 * link, agenda one item per line, and the member organizations invited.
 */
export function MeetingForm({
  initial,
  consortia,
  participantsOf,
  fixedSeries,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: MeetingDraft;
  consortia: { id: string; name: string }[];
  /** Who may be invited to a meeting of the consortium: its members and coordination. */
  participantsOf: (consortiumId: string) => { id: string; name: string }[];
  fixedSeries: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: CreateMeetingBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const [draft, setDraft] = useState(initial);
  const [localError, setLocalError] = useState<string | null>(null);
  const errors = fieldErrorsOf(error);
  const set = (patch: Partial<MeetingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const participants = participantsOf(draft.consortiumId);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const startsAt = isoOfWallTime(draft.startsAt, timeZone);
        if (!startsAt) return setLocalError(t('meetings.form.timeNeeded'));
        setLocalError(null);
        try {
          await onSubmit({
            consortiumId: draft.consortiumId,
            kind: draft.kind,
            title: draft.title,
            startsAt,
            place: draft.place.trim() || null,
            videoLink: draft.videoLink.trim() || null,
            agenda: draft.agenda
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
            invitedOrganizationIds: draft.invitedOrganizationIds,
          });
        } catch {
          // Shown below from the mutation's error.
        }
      }}
    >
      <Stack>
        {fixedSeries ? null : (
          <Group grow wrap="wrap" align="flex-start">
            {consortia.length > 1 ? (
              <NativeSelect
                label={t('meetings.form.consortium')}
                value={draft.consortiumId}
                onChange={(e) => set({ consortiumId: e.currentTarget.value, invitedOrganizationIds: [] })}
                data={consortia.map((c) => ({ value: c.id, label: c.name }))}
              />
            ) : null}
            <NativeSelect
              label={t('meetings.form.kind')}
              value={draft.kind}
              error={errors.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as MeetingDraft['kind'] })}
              data={meetingKinds.map((kind) => ({ value: kind, label: t(`meetings.kind.${kind}`) }))}
            />
          </Group>
        )}
        <TextInput
          required
          label={t('meetings.form.title')}
          value={draft.title}
          error={errors.title}
          maxLength={200}
          onChange={(e) => set({ title: e.currentTarget.value })}
        />
        <TextInput
          type="datetime-local"
          required
          label={t('meetings.form.startsAt')}
          description={t('meetings.form.timeZone', { timeZone })}
          value={draft.startsAt}
          error={errors.startsAt ?? localError}
          onChange={(e) => set({ startsAt: e.currentTarget.value })}
        />
        <Group grow wrap="wrap" align="flex-start">
          <TextInput
            label={t('meetings.form.place')}
            value={draft.place}
            error={errors.place}
            maxLength={300}
            onChange={(e) => set({ place: e.currentTarget.value })}
          />
          <TextInput
            type="url"
            label={t('meetings.form.videoLink')}
            placeholder="https://"
            value={draft.videoLink}
            error={errors.videoLink}
            onChange={(e) => set({ videoLink: e.currentTarget.value })}
          />
        </Group>
        <Textarea
          label={t('meetings.form.agenda')}
          description={t('meetings.form.agendaHint')}
          autosize
          minRows={3}
          value={draft.agenda}
          error={errors.agenda}
          onChange={(e) => set({ agenda: e.currentTarget.value })}
        />
        <Checkbox.Group
          label={t('meetings.form.invited')}
          value={draft.invitedOrganizationIds}
          error={errors.invitedOrganizationIds}
          onChange={(value) => set({ invitedOrganizationIds: value })}
        >
          <Stack gap={6} mt={6}>
            <Checkbox
              label={t('meetings.form.allMembers')}
              checked={participants.length > 0 && draft.invitedOrganizationIds.length === participants.length}
              indeterminate={
                draft.invitedOrganizationIds.length > 0 &&
                draft.invitedOrganizationIds.length < participants.length
              }
              onChange={(e) =>
                set({ invitedOrganizationIds: e.currentTarget.checked ? participants.map((p) => p.id) : [] })
              }
            />
            {participants.map((p) => (
              <Checkbox key={p.id} value={p.id} label={p.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        {error && Object.keys(errors).length === 0 ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
