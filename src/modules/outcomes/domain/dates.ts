import { addMonths, addYears } from '../../../core/calendar.js';
import { addDays, daysBetween } from '../../placements/domain/contract-rules.js';

/**
 * Calendar helpers the measures share, on 'YYYY-MM-DD' strings. Month and day arithmetic is reused
 * from the core calendar and the placements' contract rules so that a contract's length reads the
 * same everywhere (31 January + 1 month = the last day of February).
 */
export { addDays, addMonths, addYears, daysBetween };

export interface DayRange {
  start: string;
  end: string;
}

export interface Quarter extends DayRange {
  year: number;
  /** 1–4: January–March, April–June, July–September, October–December. */
  quarter: number;
}

const lastDayOf = (year: number, month: number) => addDays(addMonths(isoOf(year, month, 1), 1), -1);
const isoOf = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A quarter depends on the year and month only: the 12 per year a program's dates fall in are built
 * once and shared (a measure over a million records asks for them a million times). Callers read a
 * quarter, never change it.
 */
const quarters = new Map<string, Quarter>();

export function quarterOf(date: string): Quarter {
  const key = date.slice(0, 7);
  const known = quarters.get(key);
  if (known) return known;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  const value = Object.freeze({
    year,
    quarter,
    start: isoOf(year, firstMonth, 1),
    end: lastDayOf(year, firstMonth + 2),
  });
  if (quarters.size > 100_000) quarters.clear();
  quarters.set(key, value);
  return value;
}

/**
 * The n-th calendar quarter after the one containing `date` (WIOA's "Q2 after exit": an exit on
 * 31 March gives July–September, an exit on 1 April gives October–December). n = 0 is the quarter itself.
 */
export function quarterAfter(date: string, n: number): Quarter {
  const first = quarterOf(date);
  return n === 0 ? first : quarterOf(addMonths(first.start, 3 * n));
}

/** Whether `day` is in [from, to], both ends included. */
export function within(day: string, range: DayRange): boolean {
  return range.start <= day && day <= range.end;
}

/** Whether a spell from `startsOn` to `endsOn` (null: still running) shares at least one day with `range`. */
export function overlaps(startsOn: string, endsOn: string | null, range: DayRange): boolean {
  return startsOn <= range.end && (endsOn === null || endsOn >= range.start);
}

/** Days of `range` the spell covers (0 when they do not meet). */
export function overlapDays(startsOn: string, endsOn: string | null, range: DayRange): number {
  if (!overlaps(startsOn, endsOn, range)) return 0;
  const from = startsOn > range.start ? startsOn : range.start;
  const to = endsOn === null || endsOn > range.end ? range.end : endsOn;
  return daysBetween(from, to) + 1;
}
