import type { Period } from '../../outcomes/domain/measure.js';

/** How a template's period is chosen from a day: the window that contains it. */
export const periodKinds = [
  'calendar_year',
  'program_year',
  'half_year',
  'quarter',
  'orr_trimester',
  'month',
] as const;
export type PeriodKind = (typeof periodKinds)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;
/** The last day of a month (month 1–12). */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A window of `months` months starting on the first of `startMonth` of `year` (months may run into the next year). */
function window(year: number, startMonth: number, months: number): Period {
  const endIndex = year * 12 + (startMonth - 1) + months - 1;
  const endYear = Math.floor(endIndex / 12);
  const endMonth = (endIndex % 12) + 1;
  return { from: day(year, startMonth, 1), to: day(endYear, endMonth, lastDayOf(endYear, endMonth)) };
}

/**
 * The period of this kind containing `on` ('YYYY-MM-DD'). A program year starts on the first of
 * `startMonth` (WIOA: 7, July to June). ORR's trimesters run October–January, February–May and
 * June–September.
 */
export function periodContaining(kind: PeriodKind, on: string, startMonth = 1): Period {
  const year = Number(on.slice(0, 4));
  const month = Number(on.slice(5, 7));
  switch (kind) {
    case 'calendar_year':
      return window(year, 1, 12);
    case 'program_year':
      return window(month >= startMonth ? year : year - 1, startMonth, 12);
    case 'half_year':
      return window(year, month <= 6 ? 1 : 7, 6);
    case 'quarter':
      return window(year, Math.floor((month - 1) / 3) * 3 + 1, 3);
    case 'month':
      return window(year, month, 1);
    case 'orr_trimester':
      if (month >= 10) return window(year, 10, 4);
      if (month === 1) return window(year - 1, 10, 4);
      if (month <= 5) return window(year, 2, 4);
      return window(year, 6, 4);
  }
}

/** The period of this kind just before the one containing `on`: the last complete one, what a report is usually run on. */
export function previousPeriod(kind: PeriodKind, on: string, startMonth = 1): Period {
  const current = periodContaining(kind, on, startMonth);
  const before = new Date(`${current.from}T00:00:00Z`);
  before.setUTCDate(before.getUTCDate() - 1);
  return periodContaining(kind, before.toISOString().slice(0, 10), startMonth);
}
