import { daysBetween, overlapDays, overlaps, type Quarter, quarterAfter } from './dates.js';
import { defaultExclusions, employedDuring } from './employment-rate-after-exit.js';
import { inPeriod, type Period } from './measure.js';
import type { OutcomeRecord } from './records.js';
import type { ExitOutcome } from './vocabulary.js';

export interface MedianEarnings {
  /** Integer cents; null when no exiter employed in the quarter has a known wage. */
  medianCents: number | null;
  count: number;
  members: {
    /** Persons whose wage entered the median. */
    counted: string[];
    /** Employed in the quarter, wage unknown: left out, not counted as 0. */
    wageUnknown: string[];
    notEmployed: string[];
    excluded: string[];
  };
}

/**
 * The quarter's wage from the person's unsubsidized contracts, each prorated to the days it covers
 * (a contract starting in the quarter's last week earns a week, not a quarter). Unknown when any
 * contract of the quarter has no wage, since a sum missing a part would understate it.
 */
export function quarterWageCents(record: OutcomeRecord, quarter: Quarter): number | null {
  const quarterDays = daysBetween(quarter.start, quarter.end) + 1;
  let total = 0;
  for (const job of record.jobs) {
    if (!job.unsubsidized || !overlaps(job.startsOn, job.endsOn, quarter)) continue;
    if (job.quarterlyWageCents === null) return null;
    total += (job.quarterlyWageCents * overlapDays(job.startsOn, job.endsOn, quarter)) / quarterDays;
  }
  return Math.round(total);
}

/**
 * The median, for an even count the mean of the two middle values rounded to integer cents (a half
 * cent rounds up).
 */
export function medianCents(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * WIOA 6.2, median earnings in the n-th quarter after exit (2 by default). Over persons whose exit
 * falls in the period (less the exclusions) and who were employed in that quarter; those employed
 * without a known wage — a follow-up says employed but no contract carries a wage — are left out and
 * listed, never counted as 0. Counted in persons: a median of households' wages would mean nothing.
 * A person with several exits in the period counts once, by the latest.
 */
export function medianEarningsAfterExit(
  records: readonly OutcomeRecord[],
  options: { period: Period; quarter?: number; exclusions?: readonly ExitOutcome[] },
): MedianEarnings {
  const exclusions = options.exclusions ?? defaultExclusions;
  const latest = new Map<string, OutcomeRecord>();
  for (const record of records) {
    if (record.exit === null || !inPeriod(record.exit.on, options.period)) continue;
    const seen = latest.get(record.personId);
    if (seen === undefined || seen.exit!.on < record.exit.on) latest.set(record.personId, record);
  }
  const wages: number[] = [];
  const members: MedianEarnings['members'] = { counted: [], wageUnknown: [], notEmployed: [], excluded: [] };
  for (const [personId, record] of [...latest].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (exclusions.includes(record.exit!.outcome)) {
      members.excluded.push(personId);
      continue;
    }
    const quarter = quarterAfter(record.exit!.on, options.quarter ?? 2);
    if (!employedDuring(record, quarter)) {
      members.notEmployed.push(personId);
      continue;
    }
    const wage = quarterWageCents(record, quarter);
    const paid = record.jobs.some((job) => job.unsubsidized && overlaps(job.startsOn, job.endsOn, quarter));
    if (wage === null || !paid) members.wageUnknown.push(personId);
    else {
      wages.push(wage);
      members.counted.push(personId);
    }
  }
  return { medianCents: medianCents(wages), count: wages.length, members };
}
