import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../api/follow-up.js';
import { useTimeZone } from '../../api/session.js';
import { localeTag } from '../../format.js';
import { lateOrange, okGreen } from '../../status-colors.js';

const statusColor: Record<Appointment['status'], string> = {
  scheduled: 'blue.8',
  held: okGreen,
  missed: lateOrange,
  cancelled: 'gray.7',
};

export function AppointmentStatusBadge({ status }: { status: Appointment['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColor[status]} variant="filled" tt="none" style={{ minWidth: 'max-content' }}>
      {t(`followUp.status.${status}`)}
    </Badge>
  );
}

/** Times in the interface language and the organization's time zone (not the browser's). */
export function useFollowUpFormat() {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  // The language as the organization's country writes it (en-US for St. Louis, fr-CA for Montréal).
  const locale = localeTag(i18n.resolvedLanguage ?? i18n.language);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const calendarDay = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    /** Where the times shown and typed are read: the organization's zone. */
    timeZone,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    time: (iso: string) => time.format(new Date(iso)),
    range: (iso: string, minutes: number) =>
      `${time.format(new Date(iso))}–${time.format(new Date(Date.parse(iso) + minutes * 60_000))}`,
    day: (iso: string) => day.format(new Date(iso)),
    /** A calendar date 'YYYY-MM-DD', without a time zone shift. */
    date: (day: string) => date.format(new Date(`${day}T12:00:00Z`)),
    /** A calendar date 'YYYY-MM-DD' as a day of the week ("Wednesday 11 March"), without a zone shift. */
    calendarDay: (day: string) => calendarDay.format(new Date(`${day}T12:00:00Z`)),
    month: (yearMonth: string) => month.format(new Date(`${yearMonth}-15T12:00:00Z`)),
  };
}

/** Where the appointment takes place, as a participant reads it. */
export function useWhere() {
  const { t } = useTranslation();
  return (a: Pick<Appointment, 'mode' | 'siteName' | 'place' | 'meetingLink'>) =>
    a.mode === 'video'
      ? (a.meetingLink ?? '')
      : a.mode === 'phone'
        ? t('followUp.appointments.phone')
        : (a.siteName ?? a.place ?? '');
}
