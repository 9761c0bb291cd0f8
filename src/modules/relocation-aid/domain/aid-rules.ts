import type { CostKind, HouseholdCeilingPeriod } from './vocabulary.js';

/**
 * A program's conditions of relocation aid, kept as data and versioned by effective date: a new
 * version applies from its day; a decision names the version it was assessed under, and past
 * decisions are never rewritten. A null ceiling means none.
 */
export interface AidRules {
  eligibleKinds: CostKind[];
  /** Ceiling of one exploratory-stay trip (one request). */
  tripCeilingCents: number | null;
  /** Ceiling of the move (one request). */
  moveCeilingCents: number | null;
  /** Ceiling of all aid granted to one household, over `householdCeilingPeriod`. */
  householdCeilingCents: number | null;
  householdCeilingPeriod: HouseholdCeilingPeriod;
  /** How many exploratory-stay trips a household may be helped for, in all. */
  maxTripsPerHousehold: number | null;
  /** Share of each eligible cost reimbursed, in whole percent (100: all of it). */
  reimbursedPercent: number;
  /** A cost above this amount (cents) is reimbursed only with its receipt; 0: every cost needs one. */
  receiptRequiredAboveCents: number;
}

export interface RuleVersion {
  id: string;
  version: number;
  effectiveFrom: string;
  rules: AidRules;
}

/** The version in force on a day: the latest one effective by then; undefined before the first. */
export function ruleInForce<V extends { effectiveFrom: string; version: number }>(
  versions: readonly V[],
  day: string,
): V | undefined {
  let best: V | undefined;
  for (const v of versions) {
    if (v.effectiveFrom > day) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.version > best.version)
    )
      best = v;
  }
  return best;
}
