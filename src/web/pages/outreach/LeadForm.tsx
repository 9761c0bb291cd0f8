import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { errorMessage } from '../../api/errors.js';
import { type LeadBody, leadSources, partnerKinds } from '../../api/outreach.js';
import { useStaffOptions } from '../../api/people.js';
import { usePrograms } from '../../api/programs.js';
import { useSession } from '../../api/session.js';
import { todayInOrganization } from '../../format.js';

type LeadDraft = {
  programId: string;
  metOn: string;
  source: LeadBody['source'];
  partnerKind: string;
  partnerName: string;
  eventName: string;
  givenName: string;
  familyName: string;
  phone: string;
  email: string;
  language: string;
  note: string;
  assignedUserId: string;
};

/** The body the API takes from what was typed: empty fields left out, a partner only for a referral. */
export function leadBodyOf(draft: LeadDraft): LeadBody {
  const orNull = (value: string) => value.trim() || null;
  return {
    programId: draft.programId || null,
    metOn: draft.metOn,
    source: draft.source,
    partnerKind:
      draft.source === 'partner_referral' && draft.partnerKind
        ? (draft.partnerKind as LeadBody['partnerKind'])
        : null,
    partnerName: draft.source === 'partner_referral' ? orNull(draft.partnerName) : null,
    eventName: draft.source === 'outreach_event' ? orNull(draft.eventName) : null,
    givenName: draft.givenName.trim(),
    familyName: orNull(draft.familyName),
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    language: orNull(draft.language),
    note: orNull(draft.note),
    ...(draft.assignedUserId ? { assignedUserId: draft.assignedUserId } : {}),
  };
}

export function emptyLeadDraft(): LeadDraft {
  return {
    programId: '',
    metOn: todayInOrganization(),
    source: 'partner_referral',
    partnerKind: '',
    partnerName: '',
    eventName: '',
    givenName: '',
    familyName: '',
    phone: '',
    email: '',
    language: '',
    note: '',
    assignedUserId: '',
  };
}

/** Who they are, how to reach them, who signalled them and who follows them up: nothing more. */
export function LeadForm({
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: LeadDraft;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: LeadBody) => Promise<void>;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const staff = useStaffOptions();
  const programs = usePrograms();
  const [draft, setDraft] = useState(initial);
  const fields = error instanceof ApiError ? error.fieldErrors() : {};
  const set = (key: keyof LeadDraft) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit(leadBodyOf(draft)).catch(() => {
      // Shown above the form.
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('outreach.fields.givenName')}
            required
            maxLength={100}
            value={draft.givenName}
            error={fields.givenName}
            onChange={set('givenName')}
            data-autofocus
          />
          <TextInput
            label={t('outreach.fields.familyName')}
            maxLength={100}
            value={draft.familyName}
            error={fields.familyName}
            onChange={set('familyName')}
          />
          <TextInput
            type="tel"
            label={t('outreach.fields.phone')}
            maxLength={40}
            value={draft.phone}
            error={fields.phone}
            onChange={set('phone')}
          />
          <TextInput
            type="email"
            label={t('outreach.fields.email')}
            maxLength={254}
            value={draft.email}
            error={fields.email}
            onChange={set('email')}
          />
          <TextInput
            label={t('outreach.fields.language')}
            description={t('outreach.fields.languageHint')}
            maxLength={12}
            value={draft.language}
            error={fields.language}
            onChange={set('language')}
          />
          <TextInput
            type="date"
            label={t('outreach.fields.metOn')}
            required
            value={draft.metOn}
            error={fields.metOn}
            onChange={set('metOn')}
          />
          <NativeSelect
            label={t('outreach.fields.source')}
            value={draft.source}
            error={fields.source}
            onChange={set('source')}
            data={leadSources.map((value) => ({ value, label: t(`outreach.source.${value}`) }))}
          />
          {draft.source === 'partner_referral' ? (
            <NativeSelect
              label={t('outreach.fields.partnerKind')}
              value={draft.partnerKind}
              error={fields.partnerKind}
              onChange={set('partnerKind')}
              data={[
                { value: '', label: '—' },
                ...partnerKinds.map((value) => ({ value, label: t(`outreach.partnerKind.${value}`) })),
              ]}
            />
          ) : null}
          {draft.source === 'partner_referral' ? (
            <TextInput
              label={t('outreach.fields.partnerName')}
              description={t('outreach.fields.partnerNameHint')}
              maxLength={200}
              value={draft.partnerName}
              error={fields.partnerName}
              onChange={set('partnerName')}
            />
          ) : null}
          {draft.source === 'outreach_event' ? (
            <TextInput
              label={t('outreach.fields.eventName')}
              maxLength={200}
              value={draft.eventName}
              error={fields.eventName}
              onChange={set('eventName')}
            />
          ) : null}
          <NativeSelect
            label={t('outreach.fields.program')}
            value={draft.programId}
            error={fields.programId}
            onChange={set('programId')}
            data={[
              { value: '', label: t('outreach.fields.noProgram') },
              ...(programs.data ?? []).map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <NativeSelect
            label={t('outreach.fields.assigned')}
            value={draft.assignedUserId}
            error={fields.assignedUserId}
            onChange={set('assignedUserId')}
            data={[
              { value: '', label: t('outreach.fields.myself') },
              ...(staff.data ?? [])
                .filter((member) => !member.disabled && member.userId !== session.user.id)
                .map((member) => ({ value: member.userId, label: member.displayName })),
            ]}
          />
        </SimpleGrid>
        <Textarea
          label={t('outreach.fields.note')}
          description={t('outreach.fields.noteHint')}
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.note}
          error={fields.note}
          onChange={set('note')}
        />
        <Group>
          <Button type="submit" loading={pending} disabled={!draft.givenName.trim() || !draft.metOn}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export type { LeadDraft };
