import { Anchor, Badge, Group, Progress, Text } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PlanStep, planLanguages, planPdfUrl } from '../../api/plans.js';
import { todayInOrganization } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';

const statusColor: Record<PlanStep['status'], string> = {
  planned: 'blue.8',
  in_progress: 'violet.8',
  done: okGreen,
  abandoned: 'gray.7',
};
const fullWidth = { minWidth: 'max-content' };

/** Today in the organization's calendar (its time zone), as the API's dates ('YYYY-MM-DD'). */
export function todayIso(): string {
  return todayInOrganization();
}

export function StepStatusBadge({ status }: { status: PlanStep['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="filled" tt="none" style={fullWidth}>
      {t(`plans.stepStatuses.${status}`)}
    </Badge>
  );
}

/** Overdue is said in words and with an icon, never by colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      color={lateOrange}
      variant="filled"
      tt="none"
      style={fullWidth}
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
    >
      {t('plans.step.overdue')}
    </Badge>
  );
}

/** A progress bar with its figures as text beside it (the bar alone says nothing to a screen reader). */
export function ProgressLine({
  label,
  progress,
}: {
  label: string;
  progress: { done: number; counted: number; percent: number | null };
}) {
  const { t } = useTranslation();
  const text =
    progress.percent === null
      ? t('plans.progress.none')
      : t('plans.progress.value', {
          done: progress.done,
          counted: progress.counted,
          percent: progress.percent,
        });
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Text size="sm">{text}</Text>
      </Group>
      <Progress.Root size="lg" mt={4} aria-hidden={progress.percent === null}>
        <Progress.Section
          value={progress.percent ?? 0}
          color={okGreen}
          aria-label={`${label} — ${text}`}
          aria-valuetext={text}
        />
      </Progress.Root>
    </div>
  );
}

/** The plan's PDF, one link per language it can be printed in. */
export function PlanPdfLinks({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" aria-label={t('plans.pdf.label')} role="group">
      {planLanguages.map((locale) => (
        <Anchor key={locale} href={planPdfUrl(planId, locale)} target="_blank" size="sm">
          <IconFileTypePdf size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} />{' '}
          {t(`plans.pdf.${locale}`)}
        </Anchor>
      ))}
    </Group>
  );
}
