import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDocument } from '../../api/documents.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type CaseStepView, caseStepStatuses, stepPayers, useUpdateCaseStep } from '../../api/recognition.js';
import { todayInOrganization } from '../../format.js';
import { notify } from '../../notify.js';
import { fromCents, toCents } from '../loan-fund/money.js';
import { MoneyInput } from '../loan-fund/ui.js';
import { useRecognitionFormat } from './ui.js';

type Status = (typeof caseStepStatuses)[number];
/** A loan of the fund is set by financing the step, never by hand. */
const payers = stepPayers.filter((payer) => payer !== 'fund_loan');
type Payer = (typeof payers)[number];

/** Moving one step: its status, dates, actual cost and who paid, the documents that prove it, a note. */
export function CaseStepForm({
  personId,
  step,
  documents,
  onDone,
}: {
  personId: string;
  step: CaseStepView;
  documents: readonly PersonDocument[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useRecognitionFormat();
  const update = useUpdateCaseStep(personId);
  const [status, setStatus] = useState<Status>(step.status);
  const [startedOn, setStartedOn] = useState(step.startedOn ?? '');
  const [doneOn, setDoneOn] = useState(step.doneOn ?? '');
  const [cost, setCost] = useState<number | string>(
    step.actualCostCents === null ? '' : fromCents(step.actualCostCents),
  );
  const [paidBy, setPaidBy] = useState<Payer | ''>(step.paidBy === 'fund_loan' ? '' : (step.paidBy ?? ''));
  const [documentIds, setDocumentIds] = useState<string[]>(step.documentIds);
  const [note, setNote] = useState(step.note ?? '');
  const errors = fieldErrorsOf(update.error);
  const financed = step.financing !== null;
  const titleId = `step-form-${step.id}`;
  const today = todayInOrganization();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync({
        stepId: step.id,
        change: {
          status,
          startedOn: startedOn || null,
          doneOn: doneOn || null,
          // A financed step's cost is the one the application asked for.
          ...(financed ? {} : { actualCostCents: toCents(cost), paidBy: paidBy || null }),
          documentIds,
          note: note.trim() || null,
        },
      });
      notify({ color: 'green', message: t('recognition.person.stepUpdated') });
      onDone();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={4} size="h5" id={titleId}>
          {t('recognition.person.updateStep', { n: step.position })} — {format.label(step)}
        </Title>
        {update.error ? (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <NativeSelect
            label={t('recognition.person.status')}
            value={status}
            error={errors.status}
            onChange={(e) => {
              const next = e.currentTarget.value as Status;
              setStatus(next);
              // Ending a step dates it today unless a date was typed; a step in progress has started.
              if ((next === 'done' || next === 'failed' || next === 'waived') && !doneOn) setDoneOn(today);
              if (next === 'in_progress' && !startedOn) setStartedOn(today);
              if (next === 'in_progress' || next === 'not_started') setDoneOn('');
            }}
            data={caseStepStatuses.map((value) => ({ value, label: t(`recognition.status.${value}`) }))}
          />
          <TextInput
            type="date"
            label={t('recognition.person.stepStartedOn')}
            value={startedOn}
            max={today}
            error={errors.startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('recognition.person.stepDoneOn')}
            value={doneOn}
            max={today}
            error={errors.doneOn}
            onChange={(e) => setDoneOn(e.currentTarget.value)}
          />
          {financed ? null : (
            <>
              <MoneyInput
                label={t('recognition.person.actualCost')}
                currency={step.currency}
                value={cost}
                error={errors.actualCostCents}
                onChange={setCost}
              />
              <NativeSelect
                label={t('recognition.person.paidBy')}
                value={paidBy}
                error={errors.paidBy}
                onChange={(e) => setPaidBy(e.currentTarget.value as Payer | '')}
                data={[
                  { value: '', label: t('recognition.person.noPayer') },
                  ...payers.map((value) => ({ value, label: t(`recognition.payer.${value}`) })),
                ]}
              />
            </>
          )}
        </SimpleGrid>
        {documents.length > 0 ? (
          <Checkbox.Group
            label={t('recognition.person.documents')}
            value={documentIds}
            onChange={setDocumentIds}
            error={errors.documentIds}
          >
            <Stack gap={6} mt={6}>
              {documents.map((document) => (
                <Checkbox key={document.id} value={document.id} label={document.title} />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        <Textarea
          label={t('recognition.person.note')}
          value={note}
          error={errors.note}
          autosize
          minRows={2}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('app.save')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('app.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
