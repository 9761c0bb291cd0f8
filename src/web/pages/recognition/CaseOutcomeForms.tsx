import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import {
  type CaseView,
  caseClosingReasons,
  recognisedCredentialKinds,
  recognitionResults,
  useCloseCase,
  useRecordResult,
} from '../../api/recognition.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';

type Result = (typeof recognitionResults)[number];
type CredentialKind = (typeof recognisedCredentialKinds)[number];
type Reason = (typeof caseClosingReasons)[number];

function OutcomeForm({
  id,
  title,
  error,
  pending,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  title: string;
  error: unknown;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await onSubmit();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={id}>
          {title}
        </Title>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        {children}
        <Group gap="sm">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The regulator's decision: recognised (with the credential), partial (with conditions), or refused. */
export function ResultForm({
  personId,
  recognitionCase,
  onDone,
}: {
  personId: string;
  recognitionCase: CaseView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordResult(personId, recognitionCase.id);
  const today = todayInOrganization();
  const [result, setResult] = useState<Result>('recognised');
  const [decidedOn, setDecidedOn] = useState(today);
  const [conditions, setConditions] = useState('');
  const [kind, setKind] = useState<CredentialKind>('licence');
  const [name, setName] = useState('');
  const [obtainedOn, setObtainedOn] = useState(today);
  const errors = fieldErrorsOf(record.error);
  const withCredential = result !== 'refused';
  return (
    <OutcomeForm
      id={`result-${recognitionCase.id}`}
      title={t('recognition.resultForm.title')}
      error={record.error}
      pending={record.isPending}
      submitLabel={t('recognition.resultForm.submit')}
      onCancel={onDone}
      onSubmit={async () => {
        await record.mutateAsync({
          result,
          decidedOn,
          conditions: result === 'partial' ? conditions.trim() || null : null,
          credential: withCredential && name.trim() ? { kind, name: name.trim(), obtainedOn } : null,
        });
        notify({ color: 'green', message: t('recognition.resultForm.saved') });
        onDone();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('recognition.resultForm.result')}
          value={result}
          error={errors.result}
          onChange={(e) => setResult(e.currentTarget.value as Result)}
          data={recognitionResults.map((value) => ({ value, label: t(`recognition.result.${value}`) }))}
        />
        <TextInput
          type="date"
          required
          label={t('recognition.resultForm.decidedOn')}
          value={decidedOn}
          max={today}
          error={errors.decidedOn}
          onChange={(e) => setDecidedOn(e.currentTarget.value)}
        />
      </SimpleGrid>
      {result === 'partial' ? (
        <Textarea
          required
          label={t('recognition.resultForm.conditions')}
          value={conditions}
          error={errors.conditions}
          autosize
          minRows={2}
          onChange={(e) => setConditions(e.currentTarget.value)}
        />
      ) : null}
      {withCredential ? (
        <SimpleGrid
          cols={{ base: 1, sm: 3 }}
          role="group"
          aria-label={t('recognition.resultForm.credential')}
        >
          <NativeSelect
            label={t('recognition.resultForm.credentialKind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as CredentialKind)}
            data={recognisedCredentialKinds.map((value) => ({
              value,
              label: t(`recognition.credentialKind.${value}`),
            }))}
          />
          <TextInput
            label={t('recognition.resultForm.credentialName')}
            value={name}
            error={errors['credential.name']}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('recognition.resultForm.obtainedOn')}
            value={obtainedOn}
            max={today}
            error={errors['credential.obtainedOn']}
            onChange={(e) => setObtainedOn(e.currentTarget.value)}
          />
        </SimpleGrid>
      ) : null}
    </OutcomeForm>
  );
}

/** The case stops without a result: counted as a drop-out at the step it stopped. */
export function CloseCaseForm({
  personId,
  recognitionCase,
  onDone,
}: {
  personId: string;
  recognitionCase: CaseView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const close = useCloseCase(personId, recognitionCase.id);
  const today = todayInOrganization();
  const [closedOn, setClosedOn] = useState(today);
  const [reason, setReason] = useState<Reason>('person_withdrew');
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(close.error);
  return (
    <OutcomeForm
      id={`close-${recognitionCase.id}`}
      title={t('recognition.closeForm.title')}
      error={close.error}
      pending={close.isPending}
      submitLabel={t('recognition.closeForm.submit')}
      onCancel={onDone}
      onSubmit={async () => {
        await close.mutateAsync({ closedOn, reason, note: note.trim() || null });
        notify({ color: 'green', message: t('recognition.closeForm.saved') });
        onDone();
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          required
          label={t('recognition.closeForm.closedOn')}
          value={closedOn}
          max={today}
          error={errors.closedOn}
          onChange={(e) => setClosedOn(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('recognition.closeForm.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value as Reason)}
          data={caseClosingReasons.map((value) => ({
            value,
            label: t(`recognition.closingReason.${value}`),
          }))}
        />
      </SimpleGrid>
      <Textarea
        label={t('recognition.person.note')}
        value={note}
        error={errors.note}
        autosize
        minRows={2}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
    </OutcomeForm>
  );
}
