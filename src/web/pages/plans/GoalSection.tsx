import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type PlanGoal, useRemoveGoal } from '../../api/plans.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { NewStepForm } from './NewStepForm.js';
import { StepItem } from './StepItem.js';
import { ProgressLine } from './ui.js';

export function GoalSection({ personId, goal }: { personId: string; goal: PlanGoal }) {
  const { t } = useTranslation();
  const remove = useRemoveGoal(personId);
  // A goal without steps opens on its step form; once it has steps the form waits behind a button.
  const [adding, setAdding] = useState(goal.steps.length === 0);
  const headingId = `goal-${goal.id}`;
  const removeGoal = async () => {
    if (!window.confirm(t('plans.goal.removeConfirm'))) return;
    try {
      await remove.mutateAsync(goal.id);
      notify({ color: 'green', message: t('plans.goal.removed') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="blue.9">
              {t(`plans.goalKinds.${goal.kind}`)}
            </Text>
            <Title order={5} size="h5" id={headingId}>
              {goal.title}
            </Title>
            <Text size="sm">
              {[
                goal.targetLevel ? t('plans.goal.target', { target: goal.targetLevel }) : null,
                goal.targetDate
                  ? t('plans.goal.targetDateValue', { date: formatDate(goal.targetDate) })
                  : null,
                goal.reachedOn ? t('plans.goal.reachedOn', { date: formatDate(goal.reachedOn) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Button
            variant="subtle"
            color="red.9"
            size="compact-sm"
            onClick={removeGoal}
            aria-label={t('plans.goal.remove', { title: goal.title })}
          >
            <IconTrash size={16} aria-hidden />
          </Button>
        </Group>
        <ProgressLine label={t('plans.goal.progressOf', { title: goal.title })} progress={goal.progress} />
        {goal.steps.length > 0 ? (
          <Stack
            component="ul"
            gap="xs"
            aria-label={t('plans.goal.stepsCaption', { title: goal.title })}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {goal.steps.map((step) => (
              <StepItem key={step.id} personId={personId} step={step} />
            ))}
          </Stack>
        ) : null}
        {adding ? (
          <NewStepForm personId={personId} goalId={goal.id} goalTitle={goal.title} />
        ) : (
          <Button
            variant="default"
            size="compact-sm"
            onClick={() => setAdding(true)}
            aria-label={t('plans.step.addTo', { title: goal.title })}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('plans.step.add')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
