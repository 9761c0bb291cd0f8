import { Badge, Group, Stack, Text } from '@mantine/core';
import {
  IconCalendarX,
  IconClockExclamation,
  IconHourglassLow,
  IconMessageQuestion,
  IconPhoneOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { caseloadRow } from '../../../contracts/people.js';
import { formatDate, formatDateTime } from '../../format.js';

type Row = z.infer<typeof caseloadRow>;
type AlertCode = Row['alerts'][number];

/** Dark enough for white text at WCAG AA; the badge's words and icon carry the alert, not its colour. */
const alertLook: Record<AlertCode, { color: string; icon: typeof IconCalendarX }> = {
  overdue: { color: '#9c3a00', icon: IconClockExclamation },
  missed: { color: '#a51d2d', icon: IconCalendarX },
  lowIntensity: { color: '#3b4a9c', icon: IconPhoneOff },
  contractEnding: { color: '#5c3d99', icon: IconHourglassLow },
  followUpDue: { color: '#1f5f5b', icon: IconMessageQuestion },
};

/** The whole words, wrapped if need be, never cut with an ellipsis. */
const badgeStyles = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal' as const, overflow: 'visible', textOverflow: 'clip' },
};

export function AlertBadges({ alerts }: { alerts: Row['alerts'] }) {
  const { t } = useTranslation();
  if (alerts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('caseload.noAlert')}
      </Text>
    );
  return (
    <Group gap={4} wrap="wrap">
      {alerts.map((alert) => {
        const { color, icon: Icon } = alertLook[alert];
        return (
          <Badge
            key={alert}
            color={color}
            variant="filled"
            tt="none"
            styles={badgeStyles}
            leftSection={<Icon size={12} aria-hidden />}
          >
            {t(`caseload.alert.${alert}`)}
          </Badge>
        );
      })}
    </Group>
  );
}

export function NextAction({ action }: { action: Row['nextAction'] }) {
  const { t } = useTranslation();
  if (!action)
    return (
      <Text size="sm" c="dimmed">
        {t('caseload.noNextAction')}
      </Text>
    );
  return (
    <Text size="sm">
      {action.kind === 'step'
        ? t('caseload.nextStep', { title: action.title ?? '', date: formatDate(action.on) })
        : t('caseload.nextAppointment', { date: formatDateTime(action.on) })}
    </Text>
  );
}

/** Contacts in the last 30 days against what the program expects, with overdue steps and missed appointments. */
export function FollowUpCounts({ row }: { row: Row }) {
  const { t } = useTranslation();
  const { last30Days, expected } = row.contacts;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={row.alerts.includes('lowIntensity') ? 700 : undefined}>
        {expected === null
          ? t('caseload.contactsCount', { count: last30Days })
          : t('caseload.contactsOfExpected', { count: last30Days, expected })}
      </Text>
      {row.overdueSteps > 0 ? (
        <Text size="sm">{t('caseload.overdueCount', { count: row.overdueSteps })}</Text>
      ) : null}
      {row.missedAppointments > 0 ? (
        <Text size="sm">{t('caseload.missedCount', { count: row.missedAppointments })}</Text>
      ) : null}
    </Stack>
  );
}
