import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorsOf } from '../../api/errors.js';
import { type GoalBody, goalKinds, useAddGoal } from '../../api/plans.js';
import { notify } from '../../notify.js';

type GoalKind = GoalBody['kind'];

/** A goal of a typed kind; the title starts as the kind's name so that a goal is two keystrokes away. */
export function NewGoalForm({ personId, planId }: { personId: string; planId: string }) {
  const { t } = useTranslation();
  const add = useAddGoal(personId, planId);
  const [kind, setKind] = useState<GoalKind>('language_level');
  const [title, setTitle] = useState('');
  const [targetLevel, setTargetLevel] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const errors = fieldErrorsOf(add.error);
  const formId = `new-goal-${planId}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await add.mutateAsync({
        kind,
        title: title.trim() || t(`plans.goalKinds.${kind}`),
        targetLevel: targetLevel.trim() || null,
        targetDate: targetDate || null,
      });
      notify({ color: 'green', message: t('plans.goal.added') });
      setTitle('');
      setTargetLevel('');
      setTargetDate('');
    } catch {
      // Shown in the form.
    }
  };
  return (
    <Paper withBorder p="sm" component="form" onSubmit={submit} noValidate aria-labelledby={formId}>
      <Stack gap="xs">
        <Title order={5} size="h6" id={formId}>
          {t('plans.goal.add')}
        </Title>
        {add.error ? (
          <Alert color="red" role="alert">
            {errorMessage(add.error)}
          </Alert>
        ) : null}
        <Group align="flex-end" wrap="wrap" gap="sm">
          <NativeSelect
            label={t('plans.goal.kind')}
            value={kind}
            error={errors.kind}
            onChange={(e) => setKind(e.currentTarget.value as GoalKind)}
            data={goalKinds.map((k) => ({ value: k, label: t(`plans.goalKinds.${k}`) }))}
          />
          <TextInput
            label={t('plans.goal.title')}
            placeholder={t(`plans.goalKinds.${kind}`)}
            value={title}
            error={errors.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            style={{ flex: '1 1 14rem' }}
          />
          <TextInput
            label={t('plans.goal.targetLevel')}
            description={kind === 'language_level' ? t('plans.goal.targetLevelHint') : undefined}
            value={targetLevel}
            error={errors.targetLevel}
            onChange={(e) => setTargetLevel(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('plans.goal.targetDate')}
            value={targetDate}
            error={errors.targetDate}
            onChange={(e) => setTargetDate(e.currentTarget.value)}
          />
          <Button type="submit" loading={add.isPending}>
            {t('plans.goal.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
