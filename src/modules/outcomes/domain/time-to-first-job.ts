import { daysBetween } from './dates.js';
import { inPeriod, median, type Period, unitKeyOf } from './measure.js';
import type { OutcomeRecord } from './records.js';
import type { CountingUnit } from './vocabulary.js';

export const timeToJobBuckets = ['days_0_90', 'days_91_180', 'days_181_365', 'over_365', 'none_yet'] as const;
export type TimeToJobBucket = (typeof timeToJobBuckets)[number];

export interface TimeToFirstJob {
  /** Units entered in the period. */
  count: number;
  withJob: number;
  /** Median days over those with a job; for an even count the mean of the two middle values (may end in .5). */
  medianDays: number | null;
  buckets: Record<TimeToJobBucket, string[]>;
  /** Days to the first job by unit; absent for those with none yet. */
  days: Record<string, number>;
}

export function bucketOf(days: number | null): TimeToJobBucket {
  if (days === null) return 'none_yet';
  if (days <= 90) return 'days_0_90';
  if (days <= 180) return 'days_91_180';
  if (days <= 365) return 'days_181_365';
  return 'over_365';
}

/** Days from entry to the first contract starting on or after entry and by `asOf` (a planned one has not begun). */
export function daysToFirstJob(record: OutcomeRecord, asOf: string): number | null {
  let first: string | null = null;
  for (const job of record.jobs)
    if (job.startsOn >= record.enteredOn && job.startsOn <= asOf && (first === null || job.startsOn < first))
      first = job.startsOn;
  return first === null ? null : daysBetween(record.enteredOn, first);
}

/**
 * Time from entry to the first job, over the enrolments that began in the period. A contract held
 * before entry does not count (it is not the program's doing); any contract does, subsidized or not.
 * A household (or a person with several enrolments) counts once, by its quickest member.
 */
export function timeToFirstJob(
  records: readonly OutcomeRecord[],
  options: { period: Period; asOf: string; unit?: CountingUnit },
): TimeToFirstJob {
  const unit = options.unit ?? 'person';
  const byUnit = new Map<string, number | null>();
  for (const record of records) {
    if (!inPeriod(record.enteredOn, options.period)) continue;
    const key = unitKeyOf(record, unit);
    const days = daysToFirstJob(record, options.asOf);
    const seen = byUnit.get(key);
    if (seen === undefined || seen === null || (days !== null && days < seen)) byUnit.set(key, days);
  }
  const buckets = Object.fromEntries(timeToJobBuckets.map((bucket) => [bucket, [] as string[]])) as Record<
    TimeToJobBucket,
    string[]
  >;
  const days: Record<string, number> = {};
  for (const [key, value] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : 1))) {
    buckets[bucketOf(value)].push(key);
    if (value !== null) days[key] = value;
  }
  const values = Object.values(days);
  return { count: byUnit.size, withJob: values.length, medianDays: median(values), buckets, days };
}
