import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmployersRoute } from '../../../../contracts/employers.js';
import { contractTypesByCountry } from '../../../../modules/offers/domain/contract-types.js';
import { call } from '../../../api/client.js';
import { useEmployer } from '../../../api/employers.js';
import { errorMessage, fieldErrorsOf } from '../../../api/errors.js';
import {
  type ImmersionView,
  immersionKinds,
  immersionOutcomes,
  refusalsOf,
  useAssessImmersion,
  useCreateImmersion,
  useRecordMissedHours,
  useSignImmersion,
} from '../../../api/immersions.js';
import { type PickerOption, SearchPicker } from '../../../components/SearchPicker.js';
import { todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';

/** The dialogs' forms of the immersions section: prepare, sign, missed hours, assessment. */

/** Field errors of a malformed request, or the rules' refusals worded in the reader's language. */
function useFieldErrors(error: unknown): Record<string, string> {
  const { t } = useTranslation();
  const refusals = Object.fromEntries(
    Object.entries(refusalsOf(error)).map(([field, code]) => [
      field,
      t(`immersions.refusal.${code}`, { defaultValue: '' }),
    ]),
  );
  return { ...refusals, ...fieldErrorsOf(error) };
}

function FormAlert({ error }: { error: unknown }) {
  return error ? (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  ) : null;
}

function Buttons({
  pending,
  onClose,
  disabled,
}: {
  pending: boolean;
  onClose: () => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button type="submit" loading={pending} disabled={disabled}>
        {t('immersions.action.save')}
      </Button>
      <Button variant="default" onClick={onClose}>
        {t('immersions.action.cancel')}
      </Button>
    </Group>
  );
}

const searchEmployers = async (text: string, signal: AbortSignal): Promise<PickerOption[]> => {
  const page = await call(listEmployersRoute, { query: { q: text, pageSize: 10 }, signal });
  return page.items.map((e) => ({ value: e.id, label: e.name, hint: e.city ?? undefined }));
};

export function CreateForm({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateImmersion();
  const [employer, setEmployer] = useState<PickerOption | null>(null);
  const details = useEmployer(employer?.value ?? '');
  const [kind, setKind] = useState<(typeof immersionKinds)[number]>('pmsmp');
  const [siteId, setSiteId] = useState('');
  const [tutorId, setTutorId] = useState('');
  const [startsOn, setStartsOn] = useState(() => todayInOrganization());
  const [endsOn, setEndsOn] = useState(() => todayInOrganization());
  const [plannedHours, setPlannedHours] = useState<number | string>(35);
  const [objectives, setObjectives] = useState('');
  const [language, setLanguage] = useState<'fr' | 'en'>('fr');
  const fields = useFieldErrors(create.error);
  const sites = employer && details.data ? details.data.sites : [];
  const tutors = employer && details.data ? details.data.contacts.filter((c) => c.active) : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!employer) return;
    try {
      await create.mutateAsync({
        personId,
        kind,
        employerId: employer.value,
        siteId: siteId || null,
        tutorContactId: tutorId,
        startsOn,
        endsOn,
        plannedHours: Number(plannedHours),
        objectives: objectives.trim(),
        language,
      });
      notify({ color: 'green', message: t('immersions.saved.created') });
      onClose();
    } catch {
      // Shown above the form and under the fields.
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={create.error} />
        <NativeSelect
          label={t('immersions.field.kind')}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as typeof kind)}
          data={immersionKinds.map((value) => ({ value, label: t(`immersions.kind.${value}`) }))}
        />
        <SearchPicker
          label={t('immersions.field.employer')}
          description={t('immersions.field.employerSearch')}
          queryKey="immersion-employer"
          search={searchEmployers}
          value={employer}
          onChange={(option) => {
            setEmployer(option);
            setSiteId('');
            setTutorId('');
          }}
          error={fields.employerId}
        />
        {employer ? (
          <>
            <NativeSelect
              label={t('immersions.field.site')}
              value={siteId}
              error={fields.siteId}
              onChange={(event) => setSiteId(event.currentTarget.value)}
              data={[
                { value: '', label: t('immersions.field.noSite') },
                ...sites.map((s) => ({ value: s.id, label: `${s.name}, ${s.city}` })),
              ]}
            />
            <NativeSelect
              label={t('immersions.field.tutor')}
              required
              value={tutorId}
              error={
                fields.tutorContactId ??
                (details.data && tutors.length === 0 ? t('immersions.field.noTutor') : undefined)
              }
              onChange={(event) => setTutorId(event.currentTarget.value)}
              data={[
                { value: '', label: '—' },
                ...tutors.map((c) => ({
                  value: c.id,
                  label: `${c.givenName} ${c.familyName}${c.jobTitle ? ` — ${c.jobTitle}` : ''}`,
                })),
              ]}
            />
          </>
        ) : null}
        <Group grow wrap="wrap">
          <TextInput
            type="date"
            label={t('immersions.field.startsOn')}
            required
            value={startsOn}
            error={fields.startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('immersions.field.endsOn')}
            required
            value={endsOn}
            error={fields.endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
        </Group>
        <NumberInput
          label={t('immersions.field.plannedHours')}
          required
          min={1}
          max={2000}
          allowDecimal={false}
          value={plannedHours}
          error={fields.plannedHours}
          onChange={setPlannedHours}
        />
        <Textarea
          label={t('immersions.field.objectives')}
          required
          autosize
          minRows={3}
          maxLength={4000}
          value={objectives}
          error={fields.objectives}
          onChange={(event) => setObjectives(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('immersions.field.language')}
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value as 'fr' | 'en')}
          data={(['fr', 'en'] as const).map((value) => ({ value, label: t(`immersions.language.${value}`) }))}
        />
        <Buttons
          pending={create.isPending}
          onClose={onClose}
          disabled={!employer || !tutorId || !objectives.trim() || !startsOn || !endsOn}
        />
      </Stack>
    </form>
  );
}

/** Now as the value of a datetime-local input, in the browser's zone. */
function nowLocal(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function SignForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
  const { t } = useTranslation();
  const sign = useSignImmersion(immersion.id);
  const [signatory, setSignatory] = useState(immersion.missingSignatures[0] ?? 'person');
  const [signedAt, setSignedAt] = useState(nowLocal);
  const [signerName, setSignerName] = useState('');
  const fields = useFieldErrors(sign.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await sign.mutateAsync({
        signatory,
        signedAt: new Date(signedAt).toISOString(),
        signerName: signatory === 'employer' ? signerName.trim() || null : null,
      });
      notify({ color: 'green', message: t('immersions.saved.signed') });
      onClose();
    } catch {
      // Shown above the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={sign.error} />
        <NativeSelect
          label={t('immersions.field.signatory')}
          value={signatory}
          error={fields.signatory}
          onChange={(event) => setSignatory(event.currentTarget.value as typeof signatory)}
          data={immersion.missingSignatures.map((value) => ({
            value,
            label: t(`immersions.signatory.${value}`),
          }))}
        />
        <TextInput
          type="datetime-local"
          label={t('immersions.field.signedAt')}
          required
          value={signedAt}
          error={fields.signedAt}
          onChange={(event) => setSignedAt(event.currentTarget.value)}
        />
        {signatory === 'employer' ? (
          <TextInput
            label={t('immersions.field.signerName')}
            maxLength={200}
            value={signerName}
            error={fields.signerName}
            onChange={(event) => setSignerName(event.currentTarget.value)}
          />
        ) : null}
        <Buttons pending={sign.isPending} onClose={onClose} disabled={!signedAt} />
      </Stack>
    </form>
  );
}

export function MissedHoursForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordMissedHours(immersion.id);
  const today = todayInOrganization();
  const [onDay, setOnDay] = useState(() => [today, immersion.endsOn].sort()[0]!);
  const [hours, setHours] = useState<number | string>(1);
  const [reason, setReason] = useState('');
  const fields = useFieldErrors(record.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ onDay, hours: Number(hours), reason: reason.trim() || null });
      notify({ color: 'green', message: t('immersions.saved.missedHours') });
      onClose();
    } catch {
      // Shown above the form and under the fields.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={record.error} />
        <TextInput
          type="date"
          label={t('immersions.field.onDay')}
          required
          min={immersion.startsOn}
          max={immersion.endsOn}
          value={onDay}
          error={fields.onDay}
          onChange={(event) => setOnDay(event.currentTarget.value)}
        />
        <NumberInput
          label={t('immersions.field.hours')}
          required
          min={0.25}
          max={24}
          step={0.25}
          decimalScale={2}
          value={hours}
          error={fields.hours}
          onChange={setHours}
        />
        <TextInput
          label={t('immersions.field.reason')}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Buttons pending={record.isPending} onClose={onClose} disabled={!onDay || !hours} />
      </Stack>
    </form>
  );
}

export function AssessForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
  const { t } = useTranslation();
  const assess = useAssessImmersion(immersion.id);
  const [outcome, setOutcome] = useState<(typeof immersionOutcomes)[number]>(
    immersion.missedHoursTotal > 0 ? 'partially_completed' : 'completed',
  );
  const [assessedOn, setAssessedOn] = useState(() => todayInOrganization());
  const [endedWithJobOffer, setEndedWithJobOffer] = useState(false);
  const [jobContractType, setJobContractType] = useState('');
  const [note, setNote] = useState('');
  const fields = useFieldErrors(assess.error);
  const contracts = contractTypesByCountry[immersion.employer.country];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await assess.mutateAsync({
        outcome,
        assessedOn,
        endedWithJobOffer,
        jobContractType: endedWithJobOffer
          ? ((jobContractType || null) as (typeof contracts)[number] | null)
          : null,
        note: note.trim() || null,
      });
      notify({ color: 'green', message: t('immersions.saved.assessed') });
      onClose();
    } catch {
      // Shown above the form and under the fields.
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormAlert error={assess.error} />
        <NativeSelect
          label={t('immersions.field.outcome')}
          value={outcome}
          error={fields.outcome}
          onChange={(event) => setOutcome(event.currentTarget.value as typeof outcome)}
          data={immersionOutcomes.map((value) => ({ value, label: t(`immersions.outcome.${value}`) }))}
        />
        <TextInput
          type="date"
          label={t('immersions.field.assessedOn')}
          required
          value={assessedOn}
          error={fields.assessedOn}
          onChange={(event) => setAssessedOn(event.currentTarget.value)}
        />
        <Checkbox
          label={t('immersions.field.endedWithJobOffer')}
          checked={endedWithJobOffer}
          error={fields.endedWithJobOffer}
          onChange={(event) => setEndedWithJobOffer(event.currentTarget.checked)}
        />
        {endedWithJobOffer ? (
          <NativeSelect
            label={t('immersions.field.jobContractType')}
            required
            value={jobContractType}
            error={fields.jobContractType}
            onChange={(event) => setJobContractType(event.currentTarget.value)}
            data={[
              { value: '', label: '—' },
              ...contracts.map((value) => ({
                value,
                label: t(`offers.contractType.${value}`, { defaultValue: value }),
              })),
            ]}
          />
        ) : null}
        <Textarea
          label={t('immersions.field.note')}
          autosize
          minRows={2}
          maxLength={4000}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Buttons pending={assess.isPending} onClose={onClose} disabled={!assessedOn} />
      </Stack>
    </form>
  );
}
