import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/errors.js';
import { type Plan, useClosePlan } from '../../api/plans.js';
import { formatDate } from '../../format.js';
import { notify } from '../../notify.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import { GoalSection } from './GoalSection.js';
import { NewGoalForm } from './NewGoalForm.js';
import { PlanFields } from './PlanFields.js';
import { PlanHistory } from './PlanHistory.js';
import { SignOffForm } from './SignOffForm.js';
import { OverdueBadge, PlanPdfLinks, ProgressLine } from './ui.js';

const signatureColor = { unsigned: 'gray.7', signed: okGreen, changed_since_signature: lateOrange } as const;

/** One plan: where the person is going, how far along, the goals with their steps, the sign-off. */
export function PlanCard({
  personId,
  plan,
  programName,
  recognition,
}: {
  personId: string;
  plan: Plan;
  programName?: string | undefined;
  /** The person's recognition case steps, shown in place of the plan's recognition text. */
  recognition?: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `plan-${plan.id}-title`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {plan.targetField ? `${t('plans.planTitle')} — ${plan.targetField}` : t('plans.planTitle')}
            </Title>
            <Text size="sm">
              {[programName, t('plans.planOf', { date: formatDate(plan.createdAt) })]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
          <Group gap="xs" wrap="wrap">
            <Badge color="blue.8" variant="filled" tt="none">
              {t(`plans.statuses.${plan.status}`)}
            </Badge>
            <Badge color={signatureColor[plan.signature]} variant="filled" tt="none">
              {t(`plans.signature.${plan.signature}`, { revision: plan.signedRevision ?? plan.revision })}
            </Badge>
            {plan.overdueSteps > 0 ? <OverdueBadge /> : null}
          </Group>
        </Group>
        <ProgressLine label={t('plans.progress.overall')} progress={plan.progress} />
        {plan.overdueSteps > 0 ? (
          <Text size="sm" fw={600} c={lateOrange}>
            {t('plans.overdue', { count: plan.overdueSteps })}
          </Text>
        ) : null}
        <PlanPdfLinks planId={plan.id} />

        <PlanFields personId={personId} plan={plan} recognitionSteps={recognition} />

        <section aria-labelledby={`${titleId}-goals`}>
          <Title order={4} size="h5" id={`${titleId}-goals`} mb="xs">
            {t('plans.goal.goals')}
          </Title>
          <Stack gap="md">
            {plan.goals.length === 0 ? <Text size="sm">{t('plans.goal.none')}</Text> : null}
            {plan.goals.map((goal) => (
              <GoalSection key={goal.id} personId={personId} goal={goal} />
            ))}
            {plan.status !== 'closed' ? <NewGoalForm personId={personId} planId={plan.id} /> : null}
          </Stack>
        </section>

        {plan.status !== 'closed' ? <SignOffForm personId={personId} plan={plan} /> : null}
        <PlanHistory planId={plan.id} />
        {plan.status !== 'closed' ? <ClosePlanButton personId={personId} planId={plan.id} /> : null}
      </Stack>
    </Paper>
  );
}

function ClosePlanButton({ personId, planId }: { personId: string; planId: string }) {
  const { t } = useTranslation();
  const close = useClosePlan(personId, planId);
  const confirmAndClose = async () => {
    if (!window.confirm(t('plans.close.confirm'))) return;
    try {
      await close.mutateAsync();
      notify({ color: 'green', message: t('plans.close.done') });
    } catch (error) {
      notify({ color: 'red', message: errorMessage(error) });
    }
  };
  return (
    <Button
      variant="default"
      onClick={confirmAndClose}
      loading={close.isPending}
      style={{ alignSelf: 'flex-start' }}
    >
      {t('plans.close.button')}
    </Button>
  );
}
