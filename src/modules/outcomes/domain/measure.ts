import type { OutcomeRecord } from './records.js';
import type { CountingUnit } from './vocabulary.js';

/**
 * The shape every count-based measure returns, with the ids behind each count so that a dashboard
 * drills down from a rate to the people (or households) it is made of. Ids are the counting unit's:
 * the person's id, or the household key when the program counts households.
 */
export interface Measure {
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, a fraction in [0, 1]; null when nobody is in the denominator. */
  rate: number | null;
  /** Units taken out of the denominator (exclusions), reported beside it. */
  excluded: number;
  /** Units of the denominator outside the numerator because nobody could reach them. */
  unreachable: number;
  members: {
    numerator: string[];
    /** Every unit of the denominator, the numerator's included. */
    denominator: string[];
    excluded: string[];
    unreachable: string[];
  };
}

/** A reporting window, both days included. */
export interface Period {
  from: string;
  to: string;
}

export const inPeriod = (day: string, period: Period) => period.from <= day && day <= period.to;

export type Finding = 'positive' | 'not_positive' | 'excluded';

/** What a measure found for one record; the record's counting unit is read from it. */
export interface RecordFinding {
  record: OutcomeRecord;
  finding: Finding;
  unreachable?: boolean;
}

export const unitKeyOf = (record: OutcomeRecord, unit: CountingUnit) =>
  unit === 'household' ? record.householdKey : (record.countedAs ?? record.personId);

export function rateOf(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Folds record findings into units: a household (or a person with several enrolments) counts once.
 * It is positive when any of its records is; otherwise it stays in the denominator when any record
 * does; it is excluded only when every record of it is. It is unreachable when it is in the
 * denominator, not positive, and one of its counted records could not be reached.
 */
export function measureOf(findings: readonly RecordFinding[], unit: CountingUnit): Measure {
  const units = new Map<string, { finding: Finding; unreachable: boolean }>();
  const rank: Record<Finding, number> = { excluded: 0, not_positive: 1, positive: 2 };
  for (const { record, finding, unreachable } of findings) {
    const key = unitKeyOf(record, unit);
    const seen = units.get(key);
    const reached = finding !== 'excluded' && unreachable === true;
    if (seen === undefined) units.set(key, { finding, unreachable: reached });
    else {
      if (rank[finding] > rank[seen.finding]) seen.finding = finding;
      seen.unreachable ||= reached;
    }
  }
  const numerator: string[] = [];
  const denominator: string[] = [];
  const excluded: string[] = [];
  const unreachable: string[] = [];
  for (const [key, { finding, unreachable: lost }] of [...units].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (finding === 'excluded') {
      excluded.push(key);
      continue;
    }
    denominator.push(key);
    if (finding === 'positive') numerator.push(key);
    else if (lost) unreachable.push(key);
  }
  return {
    numerator: numerator.length,
    denominator: denominator.length,
    rate: rateOf(numerator.length, denominator.length),
    excluded: excluded.length,
    unreachable: unreachable.length,
    members: { numerator, denominator, excluded, unreachable },
  };
}

/**
 * A measure per group of records (each member organization of a consortium, say): the same
 * function over each group's records, groups in ascending order of their key.
 */
export function measureBy<M>(
  records: readonly OutcomeRecord[],
  keyOf: (record: OutcomeRecord) => string,
  measure: (records: OutcomeRecord[]) => M,
): Map<string, M> {
  const groups = new Map<string, OutcomeRecord[]>();
  for (const record of records) groups.set(keyOf(record), [...(groups.get(keyOf(record)) ?? []), record]);
  return new Map(
    [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, group]) => [key, measure(group)]),
  );
}

/** The median of a list; for an even count, the mean of the two middle values (unrounded). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type MeasureCounts = Pick<Measure, 'numerator' | 'denominator' | 'rate' | 'excluded' | 'unreachable'>;

/** Each measure's counts without the ids behind them: what a reader of aggregates only receives. */
export function countsOfEach<Code extends string>(
  measures: Record<Code, MeasureCounts>,
): Record<Code, MeasureCounts> {
  return Object.fromEntries(
    Object.entries<MeasureCounts>(measures).map(([code, m]) => [
      code,
      {
        numerator: m.numerator,
        denominator: m.denominator,
        rate: m.rate,
        excluded: m.excluded,
        unreachable: m.unreachable,
      },
    ]),
  ) as Record<Code, MeasureCounts>;
}
