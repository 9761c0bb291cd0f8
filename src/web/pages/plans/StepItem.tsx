import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonDocuments } from '../../api/documents.js';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type PlanStep, useChangeStepStatus } from '../../api/plans.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { lateOrange } from '../../status-colors.js';
import { StepEditForm } from './StepEditForm.js';
import { OverdueBadge, StepStatusBadge, todayIso } from './ui.js';

type Target = PlanStep['nextStatuses'][number];

/** The words of a move depend on where the step comes from: done → in progress is a reopening. */
function moveLabel(from: PlanStep['status'], to: Target): string {
  if (to === 'in_progress') return from === 'done' ? 'plans.step.reopen' : 'plans.step.start';
  if (to === 'planned') return 'plans.step.resume';
  return to === 'done' ? 'plans.step.done' : 'plans.step.abandon';
}

export function StepItem({ personId, step }: { personId: string; step: PlanStep }) {
  const { t } = useTranslation();
  const change = useChangeStepStatus(personId, step.id);
  const [asking, setAsking] = useState<'done' | 'abandoned' | null>(null);
  const [editing, setEditing] = useState(false);
  const who =
    step.actor === 'partner' && step.partnerName ? step.partnerName : t(`plans.actors.${step.actor}`);
  const when =
    step.status === 'done' && step.doneOn
      ? t('plans.step.doneOn', { date: formatDate(step.doneOn) })
      : step.status === 'abandoned' && step.abandonedOn
        ? t('plans.step.abandonedOn', {
            date: formatDate(step.abandonedOn),
            reason: step.abandonedReason ?? '',
          })
        : step.dueOn
          ? t('plans.step.due', { date: formatDate(step.dueOn) })
          : t('plans.step.noDue');
  const move = async (to: Target) => {
    if (to === 'done' || to === 'abandoned') {
      setAsking(to);
      return;
    }
    try {
      await change.mutateAsync({ status: to });
      notify({ color: 'green', message: t('plans.step.changed') });
    } catch {
      // Shown under the step.
    }
  };
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      style={step.overdue ? { borderLeft: `4px solid ${lateOrange}` } : undefined}
      data-overdue={step.overdue || undefined}
    >
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <StepStatusBadge status={step.status} />
          {step.overdue ? <OverdueBadge /> : null}
          <Text fw={600} size="sm">
            {step.title}
          </Text>
        </Group>
        <Text size="sm">
          {who} · {when}
        </Text>
        {step.evidenceNote ? (
          <Text size="sm">
            {t('plans.step.evidence')}: {step.evidenceNote}
          </Text>
        ) : null}
        {change.error && !asking ? (
          <Alert color="red" role="alert">
            {errorMessage(change.error)}
          </Alert>
        ) : null}
        {editing ? (
          <StepEditForm personId={personId} step={step} onClose={() => setEditing(false)} />
        ) : asking ? (
          <MoveForm
            personId={personId}
            to={asking}
            mutation={change}
            onClose={() => setAsking(null)}
            stepTitle={step.title}
          />
        ) : (
          <Group
            gap="xs"
            wrap="wrap"
            role="group"
            aria-label={t('plans.step.actions', { title: step.title })}
          >
            {step.nextStatuses.map((to) => (
              <Button
                key={to}
                size="compact-sm"
                variant="light"
                onClick={() => move(to)}
                loading={change.isPending}
              >
                {t(moveLabel(step.status, to))}
              </Button>
            ))}
            <Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>
              {t('plans.step.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** Done asks the day and any evidence; abandoned asks why. */
function MoveForm({
  personId,
  to,
  mutation,
  onClose,
  stepTitle,
}: {
  personId: string;
  to: 'done' | 'abandoned';
  mutation: ReturnType<typeof useChangeStepStatus>;
  onClose: () => void;
  stepTitle: string;
}) {
  const { t } = useTranslation();
  const documents = usePersonDocuments(personId);
  const [onDate, setOnDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [documentId, setDocumentId] = useState('');
  const errors = fieldErrorsOf(mutation.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await mutation.mutateAsync({
        status: to,
        onDate,
        reason: to === 'abandoned' ? reason.trim() : null,
        evidenceNote: note.trim() || null,
        evidenceDocumentId: documentId || null,
      });
      notify({ color: 'green', message: t('plans.step.changed') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  const docs = documents.data?.items ?? [];
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={`${t(to === 'done' ? 'plans.step.done' : 'plans.step.abandon')} — ${stepTitle}`}
    >
      <Stack gap="xs">
        {mutation.error ? (
          <Alert color="red" role="alert">
            {errorMessage(mutation.error)}
          </Alert>
        ) : null}
        <TextInput
          type="date"
          label={t('plans.step.onDate')}
          value={onDate}
          max={todayIso()}
          error={errors.onDate}
          onChange={(e) => setOnDate(e.currentTarget.value)}
        />
        {to === 'abandoned' ? (
          <TextInput
            label={t('plans.step.reason')}
            required
            data-autofocus
            value={reason}
            error={errors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        ) : null}
        <Textarea
          label={t('plans.step.evidenceNote')}
          autosize
          minRows={1}
          value={note}
          error={errors.evidenceNote}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {docs.length > 0 ? (
          <NativeSelect
            label={t('plans.step.evidenceDocument')}
            value={documentId}
            onChange={(e) => setDocumentId(e.currentTarget.value)}
            data={[
              { value: '', label: t('plans.step.noDocument') },
              ...docs.map((d) => ({ value: d.id, label: d.title })),
            ]}
          />
        ) : null}
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={mutation.isPending}>
            {t('plans.step.confirm')}
          </Button>
          <Button variant="default" size="compact-md" onClick={onClose}>
            {t('plans.step.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
