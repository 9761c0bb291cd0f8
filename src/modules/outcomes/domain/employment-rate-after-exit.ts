import { type DayRange, overlaps, quarterAfter, within } from './dates.js';
import { inPeriod, type Measure, measureOf, type Period, type RecordFinding } from './measure.js';
import type { OutcomeRecord } from './records.js';
import { type CountingUnit, type ExitOutcome, exitOutcomes, familyOf } from './vocabulary.js';

/** The outcomes WIOA takes out of its exit-based denominators (PIRL 923): the catalogue's exclusion family. */
export const defaultExclusions: readonly ExitOutcome[] = exitOutcomes.filter(
  (outcome) => familyOf(outcome) === 'exclusion',
);

export interface EmploymentRateOptions {
  period: Period;
  /** Which quarter after the exit's quarter: 2 and 4 for WIOA 6.1. */
  quarter: number;
  /** WIOA Youth: education or training counts as well as employment. */
  youth?: boolean;
  exclusions?: readonly ExitOutcome[];
  unit?: CountingUnit;
}

/** An answered follow-up (never an unreachable one) whose answer came within the range. */
const answersWithin = (record: OutcomeRecord, range: DayRange) =>
  record.followUps.filter(
    (followUp) =>
      followUp.status === 'answered' &&
      followUp.answer !== null &&
      followUp.answeredOn !== null &&
      within(followUp.answeredOn, range),
  );

/** In unsubsidized employment during the range: a contract overlapping it, or the person's word within it. */
export function employedDuring(record: OutcomeRecord, range: DayRange): boolean {
  if (record.jobs.some((job) => job.unsubsidized && overlaps(job.startsOn, job.endsOn, range))) return true;
  return answersWithin(record, range).some((followUp) => followUp.answer!.employed);
}

function inTrainingDuring(record: OutcomeRecord, range: DayRange): boolean {
  if (record.exit !== null && familyOf(record.exit.outcome) === 'training') return true;
  return answersWithin(record, range).some((followUp) => followUp.answer!.inTraining);
}

/**
 * WIOA 6.1, employment rate in the n-th quarter after exit.
 * Denominator: enrolments whose exit date falls in the period, less the exclusions (default: the
 * catalogue's exclusion family — deceased, institutionalised, long illness, moved abroad), which are
 * reported as `excluded`. Numerator: those with an unsubsidized contract overlapping that quarter, or
 * a follow-up answered within that quarter saying employed; Youth adds training (an exit into
 * training, or a follow-up within the quarter saying in training). A follow-up marked unreachable is
 * never a success; the units it leaves out of the numerator are reported as `unreachable`.
 */
export function employmentRateAfterExit(
  records: readonly OutcomeRecord[],
  options: EmploymentRateOptions,
): Measure {
  const exclusions = options.exclusions ?? defaultExclusions;
  const findings: RecordFinding[] = [];
  for (const record of records) {
    if (record.exit === null || !inPeriod(record.exit.on, options.period)) continue;
    if (exclusions.includes(record.exit.outcome)) {
      findings.push({ record, finding: 'excluded' });
      continue;
    }
    const quarter = quarterAfter(record.exit.on, options.quarter);
    const success =
      employedDuring(record, quarter) || (options.youth === true && inTrainingDuring(record, quarter));
    const unreachable =
      record.exit.outcome === 'unreachable' ||
      record.followUps.some(
        (followUp) => followUp.status === 'unreachable' && within(followUp.dueOn, quarter),
      );
    findings.push({ record, finding: success ? 'positive' : 'not_positive', unreachable });
  }
  return measureOf(findings, options.unit ?? 'person');
}
