import { addMonths } from './dates.js';
import { inPeriod, type Measure, measureOf, type Period, type RecordFinding, unitKeyOf } from './measure.js';
import type { OutcomeRecord } from './records.js';
import type { PositiveExitRule } from './rule.js';
import type { CountingUnit } from './vocabulary.js';

/**
 * The positive-exit rate of France's programs (IAE, impulseR, FSE+). Each exit's verdict was decided
 * when it was recorded, under the rule version in force on its exit date (classify-exit.ts); the
 * measure reads that verdict and never reclassifies, so a new rule version does not rewrite history.
 */
export interface PositiveExitMeasure extends Measure {
  /** Units whose exits have no rule to classify them: out of the numerator and the denominator, listed to be fixed. */
  noRule: string[];
  /** The rule versions that decided the exits counted (numerator, denominator or excluded), ascending. */
  ruleVersionsUsed: number[];
}

function withNoRule(findings: RecordFinding[], noRule: OutcomeRecord[], unit: CountingUnit) {
  const measure = measureOf(findings, unit);
  const keys = [...new Set(noRule.map((record) => unitKeyOf(record, unit)))].sort();
  const versions = new Set<number>();
  for (const { record } of findings)
    if (record.exit?.ruleVersion != null) versions.add(record.exit.ruleVersion);
  return { ...measure, noRule: keys, ruleVersionsUsed: [...versions].sort((a, b) => a - b) };
}

const findingOfVerdict = (record: OutcomeRecord): RecordFinding => ({
  record,
  finding:
    record.exit!.verdict === 'positive'
      ? 'positive'
      : record.exit!.verdict === 'excluded'
        ? 'excluded'
        : 'not_positive',
  unreachable: record.exit!.outcome === 'unreachable',
});

/**
 * At exit. Denominator: the exits whose date falls in the period, less those the rule excludes
 * (reported as `excluded`). Exits with no rule are in neither and reported as `noRule`.
 */
export function positiveExitRateAtExit(
  records: readonly OutcomeRecord[],
  period: Period,
  unit: CountingUnit = 'person',
): PositiveExitMeasure {
  const findings: RecordFinding[] = [];
  const noRule: OutcomeRecord[] = [];
  for (const record of records) {
    if (record.exit === null || !inPeriod(record.exit.on, period)) continue;
    if (record.exit.verdict === 'no_rule') noRule.push(record);
    else findings.push(findingOfVerdict(record));
  }
  return withNoRule(findings, noRule, unit);
}

export interface AfterEntryOptions {
  months: number;
  asOf: string;
  unit?: CountingUnit;
  /** Who is still enrolled N months after entry: counted as not positive (default), or left out. */
  stillEnrolled?: 'not_positive' | 'excluded';
}

/**
 * N months after entry (impulseR: 18). Cohort: the enrolments that began in the period and whose
 * N-month mark (entry + N months) has come by `asOf` — a younger enrolment has not had its chance
 * yet and is left out, not counted as failed. Those who exited on or before the mark count by their
 * exit's verdict; those still enrolled at the mark (no exit, or a later one) count as not positive,
 * or are excluded when the program says so.
 */
export function positiveExitRateAfterEntry(
  records: readonly OutcomeRecord[],
  period: Period,
  options: AfterEntryOptions,
): PositiveExitMeasure {
  const unit = options.unit ?? 'person';
  const findings: RecordFinding[] = [];
  const noRule: OutcomeRecord[] = [];
  for (const record of records) {
    if (!inPeriod(record.enteredOn, period)) continue;
    const mark = addMonths(record.enteredOn, options.months);
    if (mark > options.asOf) continue;
    if (record.exit === null || record.exit.on > mark) {
      const finding = options.stillEnrolled === 'excluded' ? 'excluded' : 'not_positive';
      // Still enrolled at the mark: whatever version later decided the exit did not decide this count.
      findings.push({ record: { ...record, exit: null }, finding });
    } else if (record.exit.verdict === 'no_rule') noRule.push(record);
    else findings.push(findingOfVerdict(record));
  }
  return withNoRule(findings, noRule, unit);
}

/** The rate the rule asks for: at exit, or N months after entry when the rule says so; its unit. */
export function positiveExitRate(
  records: readonly OutcomeRecord[],
  rule: PositiveExitRule,
  period: Period,
  options: { asOf: string; stillEnrolled?: 'not_positive' | 'excluded' },
): PositiveExitMeasure {
  if (rule.measuredMonthsAfterEntry === null)
    return positiveExitRateAtExit(records, period, rule.countingUnit);
  return positiveExitRateAfterEntry(records, period, {
    months: rule.measuredMonthsAfterEntry,
    asOf: options.asOf,
    unit: rule.countingUnit,
    stillEnrolled: options.stillEnrolled ?? 'not_positive',
  });
}
