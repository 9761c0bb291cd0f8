import { addMonths } from './dates.js';
import { inPeriod, type Measure, measureOf, type Period, type RecordFinding } from './measure.js';
import type { OutcomeRecord } from './records.js';
import type { CountingUnit } from './vocabulary.js';

export interface RetentionOptions {
  period: Period;
  /** The follow-up moment read: 6 or 12 months after exit. */
  months: number;
  asOf: string;
  /** Québec counts households. */
  unit?: CountingUnit;
}

/**
 * Québec's retention in the region. Denominator: exits to a region ('moved_to_region') in the period
 * whose follow-up at M months is due by `asOf`. A follow-up not yet due is left out of the
 * denominator (it has not had its chance), not counted as a loss. Numerator: those whose follow-up
 * was answered (by `asOf`) saying still in the region. Due but unanswered, unreachable, or answered
 * without saying where they live: in the denominator, not retained (the unreachable reported as such).
 * A follow-up cancelled (the program called it off) takes the exit out, reported as excluded.
 * When the follow-up row is missing its due date is the exit date + M months.
 */
export function retentionInRegion(records: readonly OutcomeRecord[], options: RetentionOptions): Measure {
  const findings: RecordFinding[] = [];
  for (const record of records) {
    const exit = record.exit;
    if (exit === null || exit.outcome !== 'moved_to_region' || !inPeriod(exit.on, options.period)) continue;
    const followUp = record.followUps.find((candidate) => candidate.months === options.months);
    const dueOn = followUp?.dueOn ?? addMonths(exit.on, options.months);
    if (followUp?.status === 'cancelled') {
      findings.push({ record, finding: 'excluded' });
      continue;
    }
    const answered =
      followUp?.status === 'answered' &&
      followUp.answer !== null &&
      followUp.answeredOn !== null &&
      followUp.answeredOn <= options.asOf;
    if (dueOn > options.asOf && !answered) continue;
    const retained = answered && followUp!.answer!.inRegion === true;
    findings.push({
      record,
      finding: retained ? 'positive' : 'not_positive',
      unreachable: followUp?.status === 'unreachable',
    });
  }
  return measureOf(findings, options.unit ?? 'person');
}
