import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type PlanStep, useUpdateStep } from '../../api/plans.js';
import { notify } from '../../notify.js';

/** What a step says and by when: a due date moves more often than anything else in a plan. */
export function StepEditForm({
  personId,
  step,
  onClose,
}: {
  personId: string;
  step: PlanStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateStep(personId, step.id);
  const [title, setTitle] = useState(step.title);
  const [dueOn, setDueOn] = useState(step.dueOn ?? '');
  const errors = fieldErrorsOf(update.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update.mutateAsync({ title: title.trim(), dueOn: dueOn || null });
      notify({ color: 'green', message: t('plans.step.changed') });
      onClose();
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('plans.step.editOf', { title: step.title })}>
      <Stack gap="xs">
        {update.error ? (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap" gap="xs">
          <TextInput
            label={t('plans.step.title')}
            required
            value={title}
            error={errors.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: '1 1 12rem' }}
          />
          <TextInput
            type="date"
            label={t('plans.step.dueOn')}
            value={dueOn}
            error={errors.dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
        </Group>
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={update.isPending}>
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
