import { localeTag } from '../../../format.js';

/** A rate (a fraction from 0 to 1) as a percentage in the reader's locale; null when there is no rate. */
export function formatRate(rate: number | null): string | null {
  if (rate === null) return null;
  return new Intl.NumberFormat(localeTag(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

const currencyOfCountry: Record<string, string> = { FR: 'EUR', US: 'USD', CA: 'CAD' };

/** Integer cents as money of the organization's country (euros when the country has no currency listed). */
export function formatMoneyCents(cents: number, country: string): string {
  const currency = currencyOfCountry[country] ?? 'EUR';
  return new Intl.NumberFormat(localeTag(), { style: 'currency', currency }).format(cents / 100);
}

/** A calendar day ('YYYY-MM-DD') moved by whole days, without any time zone. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last 12 months ending `today`, both days included. */
export function last12Months(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4)) - 1;
  const [month, day] = [today.slice(5, 7), today.slice(8, 10)];
  // 29 February a year back is 1 March.
  const yearAgo = new Date(`${year}-${month}-01T12:00:00Z`);
  yearAgo.setUTCDate(Number(day));
  return { from: addDays(yearAgo.toISOString().slice(0, 10), 1), to: today };
}

export function thisYear(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function lastYear(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

export const isCalendarDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

/** One CSV field: quoted when it holds a separator, a quote or a line break. */
export function csvField(value: string | number): string {
  // A text a spreadsheet would run as a formula (=, +, -, @) is kept as text.
  const raw = String(value);
  const text = typeof value === 'string' && /^[=+\-@]/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
