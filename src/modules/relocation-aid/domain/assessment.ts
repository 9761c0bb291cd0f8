import type { AidRules } from './aid-rules.js';
import { type AidPurpose, type AssessmentReason, type CostKind, purposeOfKind } from './vocabulary.js';

export interface RequestedLine {
  kind: CostKind;
  amountCents: number;
  hasReceipt: boolean;
}

/** What the household already received under the program, as the ceilings count it. */
export interface HouseholdHistory {
  /** Aid granted (approved, paid or not) within the household ceiling's period. */
  grantedCents: number;
  /** Exploratory-stay trips already granted. */
  tripsGranted: number;
}

export interface AssessedLine {
  askedCents: number;
  allowedCents: number;
  reasons: AssessmentReason[];
}

export interface Assessment {
  lines: AssessedLine[];
  askedCents: number;
  allowedCents: number;
}

/**
 * What a request may receive under a version of the rules, line by line.
 *
 * Each line is first reduced on its own: zero when its kind is not eligible (or belongs to the other
 * purpose), zero when its receipt is required and missing, then the reimbursed share (rounded down to
 * the cent). The ceilings (the request's, then what remains under the household's) are then consumed
 * in the order of the lines: an earlier line is served first. The TOTAL allowed does not depend on that
 * order — it is min(sum of the lines' shares, request ceiling, household remaining) — only which line
 * carries a cut does. Everything is integer cents: never above what was asked, never above a ceiling.
 */
export function assessRequest(
  rules: AidRules,
  purpose: AidPurpose,
  lines: readonly RequestedLine[],
  history: HouseholdHistory,
): Assessment {
  const tripsExhausted =
    purpose === 'exploratory_stay' &&
    rules.maxTripsPerHousehold !== null &&
    history.tripsGranted >= rules.maxTripsPerHousehold;
  const requestCeiling = purpose === 'exploratory_stay' ? rules.tripCeilingCents : rules.moveCeilingCents;
  let requestLeft = requestCeiling ?? Number.POSITIVE_INFINITY;
  let householdLeft =
    rules.householdCeilingCents === null
      ? Number.POSITIVE_INFINITY
      : Math.max(0, rules.householdCeilingCents - history.grantedCents);
  const assessed = lines.map((line): AssessedLine => {
    const reasons: AssessmentReason[] = [];
    const asked = line.amountCents;
    if (tripsExhausted) return { askedCents: asked, allowedCents: 0, reasons: ['trips_exhausted'] };
    if (!rules.eligibleKinds.includes(line.kind) || purposeOfKind(line.kind) !== purpose)
      return { askedCents: asked, allowedCents: 0, reasons: ['ineligible_kind'] };
    if (!line.hasReceipt && asked > rules.receiptRequiredAboveCents)
      return { askedCents: asked, allowedCents: 0, reasons: ['receipt_missing'] };
    let allowed = Math.floor((asked * rules.reimbursedPercent) / 100);
    if (allowed < asked) reasons.push('share');
    if (allowed > requestLeft) {
      allowed = requestLeft;
      reasons.push('request_ceiling');
    }
    if (allowed > householdLeft) {
      allowed = householdLeft;
      reasons.push('household_ceiling');
    }
    requestLeft -= allowed;
    householdLeft -= allowed;
    return { askedCents: asked, allowedCents: allowed, reasons };
  });
  return {
    lines: assessed,
    askedCents: assessed.reduce((s, l) => s + l.askedCents, 0),
    allowedCents: assessed.reduce((s, l) => s + l.allowedCents, 0),
  };
}

/** Whether a decision approves within the assessment: each line at most what it may receive. */
export function withinAssessment(assessment: Assessment, approvedCents: readonly number[]): boolean {
  return (
    approvedCents.length === assessment.lines.length &&
    approvedCents.every(
      (cents, i) => Number.isSafeInteger(cents) && cents >= 0 && cents <= assessment.lines[i]!.allowedCents,
    )
  );
}
