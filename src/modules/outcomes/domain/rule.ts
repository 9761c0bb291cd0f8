import type { CountingUnit, ExitOutcome, ThresholdComparison } from './vocabulary.js';

/**
 * A program's positive-exit rule, one version of it: which exit outcomes count as positive, the
 * length a fixed-term contract must reach (and whether "more than" or "at least"), the outcomes left
 * out of the denominator, the counting unit, and the follow-up moments. Stored as data with its
 * effective date; each classified exit keeps the version that decided it.
 */
export interface PositiveExitRule {
  positiveOutcomes: ExitOutcome[];
  /** Fixed-term outcomes in `positiveOutcomes` count only from this length (months), compared as below. */
  fixedTermMinimumMonths: number | null;
  fixedTermComparison: ThresholdComparison;
  /** Outcomes taken out of the denominator (deceased, moved abroad, long illness…). */
  exclusions: ExitOutcome[];
  /** Employment counts only at or above the person's qualification level (St. Louis). */
  requireQualificationLevel: boolean;
  /** Employment counts only with a credential obtained (typed on the exit or given by a recognition case). */
  requireCredential: boolean;
  /**
   * Employment counts only when the job is in the field of a credential the person obtained (Louisville:
   * "credential obtained and employed in the field"). Versions written before it existed read as false.
   */
  requireEmployedInField: boolean;
  countingUnit: CountingUnit;
  /** The positive-exit rate is measured this many months after entry (impulseR: 18); null: at exit. */
  measuredMonthsAfterEntry: number | null;
  followUpMonths: number[];
  unreachableAfterAttempts: number;
}

export interface RuleVersion {
  id: string;
  version: number;
  effectiveFrom: string;
  rule: PositiveExitRule;
}
