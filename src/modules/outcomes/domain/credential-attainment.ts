import { addYears, type DayRange, overlaps, within } from './dates.js';
import { defaultExclusions } from './employment-rate-after-exit.js';
import { inPeriod, type Measure, measureOf, type Period, type RecordFinding } from './measure.js';
import type { CredentialFact, OutcomeRecord } from './records.js';
import { type CountingUnit, type ExitOutcome, familyOf } from './vocabulary.js';

/** Work-readiness certificates never count (WIOA excludes them with workforce boards' certificates). */
const recognised = (kind: CredentialFact['kind']) => kind !== 'work_readiness';

/** Employed or in training within the year after exit (what a secondary diploma needs to count). */
function employedOrTrainingWithin(record: OutcomeRecord, year: DayRange): boolean {
  const exit = record.exit!;
  const family = familyOf(exit.outcome);
  if (family === 'employment' || family === 'training') return true;
  if (record.jobs.some((job) => overlaps(job.startsOn, job.endsOn, year))) return true;
  return record.followUps.some(
    (followUp) =>
      followUp.status === 'answered' &&
      followUp.answer !== null &&
      followUp.answeredOn !== null &&
      within(followUp.answeredOn, year) &&
      (followUp.answer.employed || followUp.answer.inTraining),
  );
}

/**
 * WIOA 6.3, credential attainment. Denominator: enrolments whose exit falls in the period and that
 * were in education or training (`inTraining`), less the exclusions. Numerator: a recognised
 * credential obtained from entry to one year after exit, both days included. A secondary diploma
 * counts only when the person is also employed or in training within that year after exit; a
 * work-readiness certificate never counts. Measure it once a year has passed since the period's end:
 * before that, the numerator is still growing.
 */
export function credentialAttainment(
  records: readonly OutcomeRecord[],
  options: { period: Period; exclusions?: readonly ExitOutcome[]; unit?: CountingUnit },
): Measure {
  const exclusions = options.exclusions ?? defaultExclusions;
  const findings: RecordFinding[] = [];
  for (const record of records) {
    if (record.exit === null || !record.inTraining || !inPeriod(record.exit.on, options.period)) continue;
    if (exclusions.includes(record.exit.outcome)) {
      findings.push({ record, finding: 'excluded' });
      continue;
    }
    const window = { start: record.enteredOn, end: addYears(record.exit.on, 1) };
    const yearAfter = { start: record.exit.on, end: window.end };
    const attained = record.credentials.some(
      (credential) =>
        recognised(credential.kind) &&
        within(credential.obtainedOn, window) &&
        (credential.kind !== 'secondary_diploma' || employedOrTrainingWithin(record, yearAfter)),
    );
    findings.push({ record, finding: attained ? 'positive' : 'not_positive' });
  }
  return measureOf(findings, options.unit ?? 'person');
}
