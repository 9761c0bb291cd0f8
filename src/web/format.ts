import { dayInZone, localeTag as localeOf } from '../core/time-zone.js';
import { currentLanguage } from './i18n/index.js';

/** The organization's country (from the session): an American team reads "Dec 3, 2026", not "3 Dec 2026". */
let organizationCountry: string | null = null;
export function setFormatCountry(country: string | null): void {
  organizationCountry = country;
}

/** The organization's country as the session gave it ('FR', 'US', 'CA'…), or null before log-in. */
export function formatCountry(): string | null {
  return organizationCountry;
}

/** The interface language as written in the organization's country: en-US, en-CA, en-GB, fr-CA, fr-FR. */
export function localeTag(language: string = currentLanguage()): string {
  const ui = language.startsWith('en') ? 'en' : language.startsWith('ar') ? 'ar' : 'fr';
  return localeOf(ui, organizationCountry);
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  // 'YYYY-MM-DD' is a calendar date: format it without a time zone shift.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The organization's time zone (from the session): times read as they are where it works, whatever the browser's. */
let organizationTimeZone: string | undefined;
export function setFormatTimeZone(timeZone: string | null): void {
  organizationTimeZone = timeZone ?? undefined;
}
export function displayTimeZone(): string {
  return organizationTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Today ('YYYY-MM-DD') in the organization's time zone, the day a form offers by default (a due date,
 * a sign-off, the end of an enrolment): the organization's calendar, not the browser's nor UTC's.
 */
export function todayInOrganization(now: Date = new Date()): string {
  return dayInZone(now, displayTimeZone());
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  return new Intl.DateTimeFormat(localeTag(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: displayTimeZone(),
  }).format(new Date(value));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(localeTag()).format(value);
}

/** Whole years between a birth date and today (calendar dates, no time zone). */
export function ageOn(birthDate: string, today: Date = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number) as [number, number, number];
  let age = today.getFullYear() - year;
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) age -= 1;
  return age;
}
