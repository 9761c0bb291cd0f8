/**
 * Calendar arithmetic on 'YYYY-MM-DD' dates, exact at boundaries and free of time zones.
 * Conventions (documented for counselors): a person born on 29 February has their birthday on
 * 1 March in non-leap years; adding months to the 31st lands on the last day of shorter months
 * (31 August + 6 months = 28 or 29 February).
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function parseDate(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not a date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Adds calendar months, clamping the day to the end of the target month. */
export function addMonths(iso: string, months: number): string {
  const { year, month, day } = parseDate(iso);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return formatDate({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Completed years of age on a date (0 before the first birthday). */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseDate(birthDate);
  const on = parseDate(onDate);
  const birthdayPassed = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  return on.year - birth.year - (birthdayPassed ? 0 : 1);
}

/** Completed calendar months between two dates (the first date's day-of-month, clamped, is the anniversary). */
export function completedMonthsBetween(from: string, to: string): number {
  if (compareDates(to, from) < 0) return -completedMonthsBetween(to, from);
  const a = parseDate(from);
  const b = parseDate(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (compareDates(addMonths(from, months), to) > 0) months -= 1;
  return months;
}
