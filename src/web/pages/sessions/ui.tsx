import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useTimeZone } from '../../api/session.js';
import type { enrolmentStatuses, meetingStatuses } from '../../api/sessions.js';
import { localeTag } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';

type MeetingStatus = (typeof meetingStatuses)[number];
type EnrolmentStatus = (typeof enrolmentStatuses)[number];

export { lateOrange, okGreen };

const meetingColor: Record<MeetingStatus, string> = {
  scheduled: 'blue.8',
  held: okGreen,
  cancelled: 'gray.7',
};
// Auto table layout squeezes a badge below its text (Mantine's label hides the overflow).
const fullWidth = { minWidth: 'max-content' };

const enrolmentColor: Record<EnrolmentStatus, string> = {
  enrolled: okGreen,
  waitlisted: lateOrange,
  withdrawn: 'gray.7',
};

/** Dates, times and durations in the interface language and the organization's time zone. */
export function useSessionFormat() {
  const { t, i18n } = useTranslation();
  const timeZone = useTimeZone();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const locale = localeTag(language);
  const dateTime = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  const date = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone,
  });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    /** The PDF documents exist in French and English only. */
    documentLocale: (language.startsWith('en') ? 'en' : 'fr') as 'en' | 'fr',
    /** Where meeting times are shown and typed: the organization's zone. */
    timeZone,
    dateTime: (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '—'),
    date: (iso: string | null | undefined) => (iso ? date.format(new Date(iso)) : '—'),
    duration: (minutes: number) => {
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      if (hours === 0) return t('sessions.duration.minutes', { minutes: rest });
      if (rest === 0) return t('sessions.duration.hours', { hours });
      return t('sessions.duration.hoursMinutes', { hours, minutes: String(rest).padStart(2, '0') });
    },
    percent: (numerator: number, denominator: number) =>
      denominator === 0 ? '—' : percent.format(numerator / denominator),
  };
}

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={meetingColor[status]} variant="filled" tt="none" style={fullWidth}>
      {t(`sessions.meetingStatus.${status}`)}
    </Badge>
  );
}

export function EnrolmentStatusBadge({ status, rank }: { status: EnrolmentStatus; rank?: number | null }) {
  const { t } = useTranslation();
  return (
    <Badge color={enrolmentColor[status]} variant="filled" tt="none" style={fullWidth}>
      {status === 'waitlisted' && rank
        ? t('sessions.enrolmentStatus.waitlistedRank', { rank })
        : t(`sessions.enrolmentStatus.${status}`)}
    </Badge>
  );
}

export function AttestationBadge({ grants }: { grants: boolean }) {
  const { t } = useTranslation();
  return grants ? (
    <Badge color={okGreen} variant="filled" tt="none" style={fullWidth}>
      {t('sessions.grantsAttestation')}
    </Badge>
  ) : null;
}
