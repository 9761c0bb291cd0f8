import { daysInMonth, parseDate } from '../../../core/calendar.js';

/**
 * A target's trajectory: where the count stands at each month end of the target's period against a
 * straight line from nothing on the eve of the period to the target on its last day, a projection to
 * the period's end at the pace so far, and a status. Pure; dates are 'YYYY-MM-DD', months 'YYYY-MM'.
 *
 * - Expected by a day: the target prorated by days, `target × elapsed ÷ total`, where `elapsed` counts
 *   the period's days up to and including that day (0 before the period, all of them from its end) —
 *   so the last point of the series, the period's last day, expects the whole target.
 * - Projection (current pace): `actual ÷ elapsed × total`, rounded down to whole units (a projection
 *   of 99.6 households has not reached 100). Before the period starts there is no pace: no projection
 *   (null). Once the period has ended, the projection is the actual.
 * - Status, the first that applies: `achieved` when the actual reaches the target (at any time);
 *   `not_started` before the period's first day; `behind` once the period has ended short of the
 *   target; `on_track` while it runs when the projection reaches the target, or the actual is at least
 *   `tolerance` × expected by today (the projection reaches the target exactly when the actual reaches
 *   the expected, so with a tolerance up to 1 the second condition is the one that decides); else
 *   `behind`.
 */
export const targetStatuses = ['achieved', 'on_track', 'behind', 'not_started'] as const;
export type TargetStatus = (typeof targetStatuses)[number];

/** Below the line by up to 10 % is still on track: enrolments come in waves, not one a day. */
export const defaultTolerance = 0.9;

export interface TargetPeriod {
  periodStart: string;
  periodEnd: string;
  targetCount: number;
}

export interface TrajectoryPoint {
  month: string;
  /** The month's last day within the period (the period's end in its last month). */
  pointOn: string;
  /** Units counted by the end of the month; null for months that start after today. */
  actual: number | null;
  /** The target prorated to `pointOn`. */
  expected: number;
}

export interface Trajectory {
  series: TrajectoryPoint[];
  actual: number;
  /** The target prorated to today (0 before the period, the target after it). */
  expectedToDate: number;
  projection: number | null;
  status: TargetStatus;
}

const dayMs = 86_400_000;
const dayNumber = (iso: string) => {
  const { year, month, day } = parseDate(iso);
  return Date.UTC(year, month - 1, day) / dayMs;
};

/** Days of the period, first and last included. */
export function periodDays(periodStart: string, periodEnd: string): number {
  return dayNumber(periodEnd) - dayNumber(periodStart) + 1;
}

/** Days of the period up to and including `day`, between 0 and the period's length. */
export function elapsedDays(periodStart: string, periodEnd: string, day: string): number {
  const elapsed = dayNumber(day) - dayNumber(periodStart) + 1;
  return Math.min(Math.max(elapsed, 0), periodDays(periodStart, periodEnd));
}

/** The target prorated to `day`. */
export function expectedOn(target: TargetPeriod, day: string): number {
  const total = periodDays(target.periodStart, target.periodEnd);
  const elapsed = elapsedDays(target.periodStart, target.periodEnd, day);
  return elapsed === total ? target.targetCount : (target.targetCount * elapsed) / total;
}

/** The months a period touches, first to last. */
export function monthsOf(periodStart: string, periodEnd: string): string[] {
  const start = parseDate(periodStart);
  const end = parseDate(periodEnd);
  const months: string[] = [];
  for (let index = start.year * 12 + start.month - 1; index <= end.year * 12 + end.month - 1; index++)
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  return months;
}

function monthEnd(month: string): string {
  const { year, month: m } = parseDate(`${month}-01`);
  return `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
}

/**
 * The trajectory of one target. `newByMonth` holds, per month of the period, the units counted for the
 * first time that month (each unit once, in the month it first entered the period); the actual is
 * their sum. `today` is the organization's today.
 */
export function targetTrajectory(
  target: TargetPeriod,
  newByMonth: ReadonlyMap<string, number>,
  today: string,
  tolerance: number = defaultTolerance,
): Trajectory {
  const { periodStart, periodEnd, targetCount } = target;
  const months = monthsOf(periodStart, periodEnd);
  const todayMonth = today.slice(0, 7);
  let actual = 0;
  for (const month of months) actual += newByMonth.get(month) ?? 0;

  let cumulative = 0;
  const series = months.map((month): TrajectoryPoint => {
    cumulative += newByMonth.get(month) ?? 0;
    const pointOn = month === periodEnd.slice(0, 7) ? periodEnd : monthEnd(month);
    return {
      month,
      pointOn,
      actual: today < periodStart || month > todayMonth ? null : cumulative,
      expected: expectedOn(target, pointOn),
    };
  });

  const total = periodDays(periodStart, periodEnd);
  const elapsed = elapsedDays(periodStart, periodEnd, today);
  const expectedToDate = expectedOn(target, today);
  const projection =
    elapsed === 0 ? null : elapsed === total ? actual : Math.floor((actual * total) / elapsed);

  let status: TargetStatus;
  if (actual >= targetCount) status = 'achieved';
  else if (elapsed === 0) status = 'not_started';
  else if (elapsed === total) status = 'behind';
  else if ((projection ?? 0) >= targetCount || actual >= expectedToDate * tolerance) status = 'on_track';
  else status = 'behind';

  return { series, actual, expectedToDate, projection, status };
}
