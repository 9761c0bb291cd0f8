import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans.js';
import { formatDate } from '../../format.js';
import { MergedFileBadge, type MergedFileOrigin } from '../person/MergedFileBadge.js';
import { OverdueBadge, PlanPdfLinks, ProgressLine, StepStatusBadge } from './ui.js';

/**
 * A plan of a file merged into this one (docs/duplicates.md), read-only: where it was going, how far
 * along, its goals and steps. It is changed on its own file, which the badge's link opens.
 */
export function MergedPlanCard({ plan, file }: { plan: Plan; file: MergedFileOrigin }) {
  const { t } = useTranslation();
  const titleId = `plan-${plan.id}-title`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {plan.targetField ? `${t('plans.planTitle')} — ${plan.targetField}` : t('plans.planTitle')}
            </Title>
            <Text size="sm">{t('plans.planOf', { date: formatDate(plan.createdAt) })}</Text>
            <MergedFileBadge file={file} />
          </div>
          <Group gap="xs" wrap="wrap">
            <Badge color="blue.8" variant="filled" tt="none">
              {t(`plans.statuses.${plan.status}`)}
            </Badge>
            {plan.overdueSteps > 0 ? <OverdueBadge /> : null}
          </Group>
        </Group>
        <ProgressLine label={t('plans.progress.overall')} progress={plan.progress} />
        <PlanPdfLinks planId={plan.id} />
        {plan.goals.length === 0 ? <Text size="sm">{t('plans.goal.none')}</Text> : null}
        {plan.goals.map((goal) => (
          <div key={goal.id}>
            <Text size="sm" fw={600}>
              {t(`plans.goalKinds.${goal.kind}`)} — {goal.title}
            </Text>
            <List size="sm" spacing={4}>
              {goal.steps.map((step) => (
                <List.Item key={step.id}>
                  <Group gap="xs" wrap="wrap">
                    <span>{step.title}</span>
                    <StepStatusBadge status={step.status} />
                  </Group>
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
