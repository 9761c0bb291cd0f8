import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type StepBody, stepActors, useAddStep } from '../../api/plans.js';
import { notify } from '../../notify.js';

export function NewStepForm({
  personId,
  goalId,
  goalTitle,
}: {
  personId: string;
  goalId: string;
  goalTitle: string;
}) {
  const { t } = useTranslation();
  const add = useAddStep(personId, goalId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [actor, setActor] = useState<StepBody['actor']>('person');
  const [partnerName, setPartnerName] = useState('');
  const errors = fieldErrorsOf(add.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await add.mutateAsync({
        title: title.trim(),
        dueOn: dueOn || null,
        actor,
        partnerName: actor === 'partner' ? partnerName.trim() || null : null,
      });
      notify({ color: 'green', message: t('plans.step.added') });
      setTitle('');
      setDueOn('');
    } catch {
      // Shown in the form.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('plans.step.addTo', { title: goalTitle })}>
      <Stack gap="xs">
        {add.error ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap" gap="sm">
          <TextInput
            label={t('plans.step.title')}
            required
            value={title}
            error={errors.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <TextInput
            type="date"
            label={t('plans.step.dueOn')}
            value={dueOn}
            error={errors.dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('plans.step.actor')}
            value={actor}
            onChange={(e) => setActor(e.currentTarget.value as StepBody['actor'])}
            data={stepActors.map((a) => ({ value: a, label: t(`plans.actors.${a}`) }))}
          />
          {actor === 'partner' ? (
            <TextInput
              label={t('plans.step.partnerName')}
              required
              value={partnerName}
              error={errors.partnerName}
              onChange={(e) => setPartnerName(e.currentTarget.value)}
            />
          ) : null}
          <Button type="submit" variant="light" loading={add.isPending}>
            {t('plans.step.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
