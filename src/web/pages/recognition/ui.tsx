import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localeTag } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';
import {
  formatDays,
  formatDuration,
  formatMoneyCents,
  jurisdictionName,
  occupationLabel,
  stepLabel,
} from './recognition-format.js';

/** The recognition pages' formatting, in the interface language as written in the organization's country. */
export function useRecognitionFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = localeTag(language);
  return {
    locale,
    money: (cents: number, currency: string) => formatMoneyCents(cents, currency, locale),
    duration: (days: number) => formatDuration(days, locale),
    days: (days: number) => formatDays(days, locale),
    jurisdiction: (code: string) => jurisdictionName(code, locale),
    label: (step: { labelFr: string; labelEn: string }) => stepLabel(step, language),
    occupation: occupationLabel,
  };
}

/** Regulated or not, and the demo's illustrative data, as badges whose text carries the meaning. */
export function PathwayBadges({
  regulated,
  illustrative,
  retired = false,
}: {
  regulated: boolean;
  illustrative: boolean;
  retired?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge color={regulated ? 'blue.8' : 'gray.7'} variant="filled" tt="none">
        {regulated ? t('recognition.badge.regulated') : t('recognition.badge.notRegulated')}
      </Badge>
      {illustrative ? (
        <Badge color={lateOrange} variant="filled" tt="none">
          {t('recognition.badge.illustrative')}
        </Badge>
      ) : null}
      {retired ? (
        <Badge color="gray.7" variant="filled" tt="none">
          {t('recognition.catalogue.retired')}
        </Badge>
      ) : null}
    </Group>
  );
}

const stepStatusColor: Record<string, string> = {
  not_started: 'gray.7',
  in_progress: 'blue.8',
  done: okGreen,
  waived: 'gray.7',
  failed: 'red.9',
};

export function StepStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={stepStatusColor[status] ?? 'gray.7'} variant="filled" tt="none">
      {t(`recognition.status.${status}`)}
    </Badge>
  );
}

const resultColor: Record<string, string> = { recognised: okGreen, partial: lateOrange, refused: 'red.9' };

export function ResultBadge({ result }: { result: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={resultColor[result] ?? 'gray.7'} variant="filled" tt="none">
      {t(`recognition.result.${result}`)}
    </Badge>
  );
}
