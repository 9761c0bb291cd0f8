import { daysInMonth, parseDate } from '../../../core/calendar.js';

/** Contacts of one person in one calendar month, for the program dashboard. */
export const histogramBuckets = ['0', '1', '2', '3', '4+'] as const;
export type HistogramBucket = (typeof histogramBuckets)[number];

export interface FollowedSpan {
  /** Who is counted: a person as followed by one organization. */
  key: string;
  enrolledOn: string;
  endedOn: string | null;
}

export interface MonthFigures {
  /** 'YYYY-MM'. */
  month: string;
  people: number;
  contacts: number;
  /** Exact: the mean of the two middle values for an even count, null when nobody was enrolled. */
  median: number | null;
  histogram: Record<HistogramBucket, number>;
  /**
   * People with fewer contacts than expected in that month (null when the program sets no intensity);
   * in the month under way, fewer than expected by today (the expectation prorated to the day).
   */
  belowExpected: number | null;
}

export function monthBounds(month: string): { from: string; to: string } {
  const { year, month: m } = parseDate(`${month}-01`);
  return { from: `${month}-01`, to: `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}` };
}

/** The `count` months ending with the month of `today`, oldest first. */
export function lastMonths(today: string, count: number): string[] {
  const { year, month } = parseDate(today);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export function bucketOf(contacts: number): HistogramBucket {
  return contacts >= 4 ? '4+' : (String(contacts) as HistogramBucket);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * What is expected by `today` in the month under way (two a month: none yet on the 3rd, one by the
 * 16th of a 31-day month), the whole expectation in a month that is over.
 */
export function expectedByToday(month: string, today: string | undefined, expected: number): number {
  if (today === undefined || today.slice(0, 7) !== month) return expected;
  const { to } = monthBounds(month);
  return Math.floor((expected * Number(today.slice(8, 10))) / Number(to.slice(8, 10)));
}

/**
 * Contacts per person per calendar month. A person counts in every month their enrolment overlaps
 * (a person enrolled on the 20th counts in that month), once even when enrolled twice; contacts are
 * those of the days of that month, whether or not the enrolment covered the exact day.
 */
export function monthlyContactFigures(
  months: readonly string[],
  spans: readonly FollowedSpan[],
  contactDays: readonly { key: string; day: string }[],
  expected: number | null,
  /** The month of this day counts up to it, and is compared with the expectation so far. */
  today?: string,
): MonthFigures[] {
  const contactsByMonth = new Map<string, number>();
  for (const contact of contactDays) {
    const id = `${contact.key}|${contact.day.slice(0, 7)}`;
    contactsByMonth.set(id, (contactsByMonth.get(id) ?? 0) + 1);
  }
  return months.map((month) => {
    const { from, to } = monthBounds(month);
    const keys = new Set(
      spans.filter((s) => s.enrolledOn <= to && (s.endedOn === null || s.endedOn >= from)).map((s) => s.key),
    );
    const counts = [...keys].map((key) => contactsByMonth.get(`${key}|${month}`) ?? 0);
    const histogram = Object.fromEntries(histogramBuckets.map((b) => [b, 0])) as Record<
      HistogramBucket,
      number
    >;
    for (const count of counts) histogram[bucketOf(count)]++;
    return {
      month,
      people: counts.length,
      contacts: counts.reduce((sum, c) => sum + c, 0),
      median: median(counts),
      histogram,
      belowExpected:
        expected === null ? null : counts.filter((c) => c < expectedByToday(month, today, expected)).length,
    };
  });
}
