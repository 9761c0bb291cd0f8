import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  NumberInput,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmployersRoute } from '../../../../contracts/employers.js';
import { contractTypesByCountry } from '../../../../modules/offers/domain/contract-types.js';
import { call } from '../../../api/client.js';
import { useEmployer } from '../../../api/employers.js';
import { errorMessage, fieldErrorsOf } from '../../../api/errors.js';
import {
  agreementPdfUrl,
  type ImmersionView,
  immersionKinds,
  immersionOutcomes,
  type JobVisitView,
  refusalsOf,
  signatories,
  useAssessImmersion,
  useCreateImmersion,
  usePersonImmersions,
  useRecordMissedHours,
  useSignImmersion,
} from '../../../api/immersions.js';
import { QueryState } from '../../../components/QueryState.js';
import { type PickerOption, SearchPicker } from '../../../components/SearchPicker.js';
import { formatDate, formatDateTime, formatNumber, todayInOrganization } from '../../../format.js';
import { notify } from '../../../notify.js';
import { Dialog } from '../../caseload/Dialog.js';

type Dialogs = { kind: 'create' } | { kind: 'sign' | 'missed' | 'assess'; immersion: ImmersionView } | null;

/**
 * The person's immersions and internships (PMSMP, job shadowing) with their agreement, signatures,
 * missed hours and assessment, and their job visits (sessions at an employer), in the employment tab.
 */
export function ImmersionsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const immersions = usePersonImmersions(personId);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const close = () => setDialog(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="immersions-title">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2} size="h4" id="immersions-title">
            {t('immersions.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('immersions.intro')}
          </Text>
        </div>
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('immersions.add')}</Button>
      </Group>
      <QueryState
        isPending={immersions.isPending}
        error={immersions.error}
        onRetry={() => immersions.refetch()}
        missingRouteText={t('immersions.unavailable')}
      >
        {immersions.data ? (
          <Stack gap="md" mt="md">
            {immersions.data.items.length === 0 ? <Text>{t('immersions.empty')}</Text> : null}
            {immersions.data.items.map((immersion) => (
              <ImmersionCard
                key={immersion.id}
                immersion={immersion}
                onAction={(kind) => setDialog({ kind, immersion })}
              />
            ))}
            <JobVisits visits={immersions.data.jobVisits} />
          </Stack>
        ) : null}
      </QueryState>
      <Dialog opened={dialog?.kind === 'create'} onClose={close} title={t('immersions.add')}>
        {dialog?.kind === 'create' ? <CreateForm personId={personId} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'sign'} onClose={close} title={t('immersions.action.sign')}>
        {dialog?.kind === 'sign' ? <SignForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'missed'} onClose={close} title={t('immersions.action.missedHours')}>
        {dialog?.kind === 'missed' ? <MissedHoursForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
      <Dialog opened={dialog?.kind === 'assess'} onClose={close} title={t('immersions.action.assess')}>
        {dialog?.kind === 'assess' ? <AssessForm immersion={dialog.immersion} onClose={close} /> : null}
      </Dialog>
    </Paper>
  );
}

const statusColor: Record<ImmersionView['status'], string> = {
  awaiting_signatures: 'yellow',
  signatures_late: 'red',
  signed: 'blue',
  in_progress: 'teal',
  to_assess: 'orange',
  assessed: 'gray',
};

function ImmersionCard({
  immersion,
  onAction,
}: {
  immersion: ImmersionView;
  onAction: (kind: 'sign' | 'missed' | 'assess') => void;
}) {
  const { t } = useTranslation();
  const titleId = `immersion-${immersion.id}`;
  const hours = (value: number) => formatNumber(value);
  const open = immersion.assessment === null;
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {t(`immersions.kind.${immersion.kind}`)} — {immersion.employer.name}
          </Title>
          <Badge color={statusColor[immersion.status]} variant="light">
            {t(`immersions.status.${immersion.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('immersions.card.dates', {
            from: formatDate(immersion.startsOn),
            to: formatDate(immersion.endsOn),
            hours: immersion.plannedHours,
          })}
        </Text>
        {immersion.site ? (
          <Text size="sm">
            {t('immersions.card.host', {
              employer: immersion.employer.name,
              site: `${immersion.site.name}, ${immersion.site.city}`,
            })}
          </Text>
        ) : null}
        {immersion.tutor ? (
          <Text size="sm">{t('immersions.card.tutor', { name: immersion.tutor.name })}</Text>
        ) : null}
        {immersion.counselor.name ? (
          <Text size="sm">{t('immersions.card.counselor', { name: immersion.counselor.name })}</Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {immersion.objectives}
        </Text>
        <Text size="sm" fw={600}>
          {t('immersions.card.signatures')}
        </Text>
        <List size="sm" spacing={2}>
          {signatories.map((signatory) => {
            const signature = immersion.signatures.find((s) => s.signatory === signatory);
            return (
              <List.Item key={signatory}>
                {t('immersions.card.signatureLine', {
                  who: t(`immersions.signatory.${signatory}`),
                  what: signature
                    ? t('immersions.card.signedOn', {
                        name: signature.signerName,
                        when: formatDateTime(signature.signedAt),
                      })
                    : t('immersions.card.notSigned'),
                })}
              </List.Item>
            );
          })}
        </List>
        <Text size="sm" fw={600}>
          {t('immersions.card.missedHours')}
        </Text>
        {immersion.missedHours.length === 0 ? (
          <Text size="sm">{t('immersions.card.noMissedHours')}</Text>
        ) : (
          <>
            <List size="sm" spacing={2}>
              {immersion.missedHours.map((entry) => (
                <List.Item key={entry.id}>
                  {t('immersions.card.missedLine', {
                    day: formatDate(entry.onDay),
                    hours: hours(entry.hours),
                  })}
                  {entry.reason ? ` — ${entry.reason}` : ''}
                </List.Item>
              ))}
            </List>
            <Text size="sm">
              {t('immersions.card.missedTotal', {
                total: hours(immersion.missedHoursTotal),
                planned: immersion.plannedHours,
              })}
            </Text>
          </>
        )}
        {immersion.assessment ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('immersions.card.assessment', {
                day: formatDate(immersion.assessment.assessedOn),
                outcome: t(`immersions.outcome.${immersion.assessment.outcome}`),
              })}
            </Text>
            <Text size="sm">
              {immersion.assessment.endedWithJobOffer && immersion.assessment.jobContractType
                ? t('immersions.card.jobOffer', {
                    contract: t(`offers.contractType.${immersion.assessment.jobContractType}`, {
                      defaultValue: immersion.assessment.jobContractType,
                    }),
                  })
                : t('immersions.card.noJobOffer')}
            </Text>
          </Stack>
        ) : null}
        <Group gap="xs" wrap="wrap">
          {open && immersion.missingSignatures.length > 0 ? (
            <Button size="xs" variant="light" onClick={() => onAction('sign')}>
              {t('immersions.action.sign')}
            </Button>
          ) : null}
          {open ? (
            <Button size="xs" variant="light" onClick={() => onAction('missed')}>
              {t('immersions.action.missedHours')}
            </Button>
          ) : null}
          {open ? (
            <Button size="xs" variant="light" onClick={() => onAction('assess')}>
              {t('immersions.action.assess')}
            </Button>
          ) : null}
          {(['fr', 'en'] as const).map((locale) => (
            <Anchor
              key={locale}
              size="sm"
              href={agreementPdfUrl(immersion.id, locale)}
              target="_blank"
              aria-label={t('immersions.card.agreementPdfOf', {
                employer: immersion.employer.name,
                language: t(`immersions.language.${locale}`),
              })}
            >
              <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
              {t('immersions.card.agreementPdf', { language: t(`immersions.language.${locale}`) })}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

function JobVisits({ visits }: { visits: JobVisitView[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-labelledby="job-visits-title">
      <Title order={3} size="h5" id="job-visits-title">
        {t('immersions.jobVisits.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('immersions.jobVisits.intro')}
      </Text>
      {visits.length === 0 ? <Text size="sm">{t('immersions.jobVisits.empty')}</Text> : null}
      <List size="sm" spacing={4}>
        {visits.map((visit) => (
          <List.Item key={visit.enrolmentId}>
            <Anchor
              renderRoot={(props) => (
                <Link to="/sessions/$seriesId" params={{ seriesId: visit.seriesId }} {...props} />
              )}
            >
              {t('immersions.jobVisits.line', { title: visit.title, employer: visit.employer?.name ?? '—' })}
            </Anchor>{' '}
            · {t(`immersions.jobVisits.enrolmentStatus.${visit.status}`, { defaultValue: visit.status })}
            {visit.firstMeetingAt
              ? ` · ${t('immersions.jobVisits.when', { when: formatDateTime(visit.firstMeetingAt) })}`
              : ''}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

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

function CreateForm({ personId, onClose }: { personId: string; onClose: () => void }) {
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

function SignForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
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

function MissedHoursForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
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

function AssessForm({ immersion, onClose }: { immersion: ImmersionView; onClose: () => void }) {
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
