import { type OccupationFootprint, sameField } from '../../recognition/domain/employed-in-field.js';
import { addDays, addMonths } from './dates.js';
import type { RuleVersion } from './rule.js';
import { type ExitOutcome, type ExitVerdict, familyOf, isFixedTerm } from './vocabulary.js';

/**
 * How one exit classifies under a program's positive-exit rule. The reason code says which clause
 * decided, so that a counselor (and an auditor) sees why an exit did not count.
 */

export interface ExitToClassify {
  outcome: ExitOutcome;
  contractStartOn: string | null;
  contractEndOn: string | null;
  jobSkillLevel?: number | null;
  personSkillLevel?: number | null;
  /** A credential obtained by the exit day: typed on the exit, or given by a recognition case. */
  credentialObtained?: boolean;
  /** The occupation of the exit's job (its contract's); null or empty: the job names none. */
  jobOccupation?: OccupationFootprint | null;
  /** The occupations of the credentials obtained that name one (a recognition case's pathway). */
  credentialOccupations?: readonly OccupationFootprint[];
}

/** An occupation that names nothing cannot be compared: its field is unknown. */
const namesAnOccupation = (o: OccupationFootprint | null | undefined): o is OccupationFootprint =>
  !!o && (o.escoIds.length > 0 || o.iscoUnits.length > 0 || o.codes.length > 0);

export const exitReasons = [
  'no_rule',
  'excluded_outcome',
  'outcome_not_positive',
  'contract_length_unknown',
  'contract_too_short',
  'skill_level_unknown',
  'below_qualification_level',
  'credential_missing',
  'field_unknown',
  'not_in_field',
  'positive_outcome',
] as const;
export type ExitReason = (typeof exitReasons)[number];

export interface ExitClassification {
  verdict: ExitVerdict;
  reason: ExitReason;
  ruleVersion: number | null;
}

/**
 * Months are calendar months, the last day included: a contract from S to E lasts exactly N months
 * when E is the day before S + N months (15 January → 14 July is exactly 6). Month ends clamp as in
 * the core calendar, so 31 August → 27 February is exactly 6 months and → 28 February is more.
 */
export function contractLengthComparedTo(startOn: string, endOn: string, months: number): -1 | 0 | 1 {
  const exactEnd = addDays(addMonths(startOn, months), -1);
  return endOn < exactEnd ? -1 : endOn === exactEnd ? 0 : 1;
}

export function classifyExit(version: RuleVersion | null, exit: ExitToClassify): ExitClassification {
  if (version === null) return { verdict: 'no_rule', reason: 'no_rule', ruleVersion: null };
  const { rule } = version;
  const decided = (verdict: ExitVerdict, reason: ExitReason): ExitClassification => ({
    verdict,
    reason,
    ruleVersion: version.version,
  });
  // Exclusions win over everything: a person who died in a CDI is out of the denominator, not positive.
  if (rule.exclusions.includes(exit.outcome)) return decided('excluded', 'excluded_outcome');
  if (!rule.positiveOutcomes.includes(exit.outcome)) return decided('not_positive', 'outcome_not_positive');

  if (isFixedTerm(exit.outcome) && rule.fixedTermMinimumMonths !== null) {
    const { contractStartOn: start, contractEndOn: end } = exit;
    // An end before the start is a typing error, not a length: unknown rather than short.
    if (start === null || end === null || end < start)
      return decided('not_positive', 'contract_length_unknown');
    const comparison = contractLengthComparedTo(start, end, rule.fixedTermMinimumMonths);
    const longEnough = rule.fixedTermComparison === 'more_than' ? comparison > 0 : comparison >= 0;
    if (!longEnough) return decided('not_positive', 'contract_too_short');
  }

  // The extra conditions speak of employment (rule.ts): a training exit is not held to a job's level.
  if (familyOf(exit.outcome) === 'employment') {
    if (rule.requireQualificationLevel) {
      const job = exit.jobSkillLevel ?? null;
      const person = exit.personSkillLevel ?? null;
      if (job === null || person === null) return decided('not_positive', 'skill_level_unknown');
      if (job < person) return decided('not_positive', 'below_qualification_level');
    }
    const fields = (exit.credentialOccupations ?? []).filter(namesAnOccupation);
    const credentialHeld = exit.credentialObtained === true || (exit.credentialOccupations ?? []).length > 0;
    // The field is the credential's: asking for it asks for a credential first.
    if ((rule.requireCredential || rule.requireEmployedInField) && !credentialHeld)
      return decided('not_positive', 'credential_missing');
    if (rule.requireEmployedInField) {
      const job = exit.jobOccupation;
      // A job without an occupation, or only credentials without one (typed on the exit): unknown, never
      // a success.
      if (!namesAnOccupation(job) || fields.length === 0) return decided('not_positive', 'field_unknown');
      if (!fields.some((field) => sameField(job, field))) return decided('not_positive', 'not_in_field');
    }
  }
  return decided('positive', 'positive_outcome');
}

/**
 * The version in force on a day: the latest effective date on or before it. Two versions effective
 * the same day: the higher version number, the later decision.
 */
export function ruleInForce(versions: readonly RuleVersion[], on: string): RuleVersion | null {
  let best: RuleVersion | null = null;
  for (const candidate of versions) {
    if (candidate.effectiveFrom > on) continue;
    if (
      best === null ||
      candidate.effectiveFrom > best.effectiveFrom ||
      (candidate.effectiveFrom === best.effectiveFrom && candidate.version > best.version)
    )
      best = candidate;
  }
  return best;
}

/** Classifies an exit under the version in force on its exit date (a later version never reaches back). */
export function classifyExitOn(
  versions: readonly RuleVersion[],
  exitOn: string,
  exit: ExitToClassify,
): ExitClassification {
  return classifyExit(ruleInForce(versions, exitOn), exit);
}
