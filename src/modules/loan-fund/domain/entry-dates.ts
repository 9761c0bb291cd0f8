/**
 * When an entry of the fund's books may be dated. Every entry (a movement of money, or a change of a
 * loan's terms) is dated between the earliest day its facts allow and today:
 * - never before the fund's start, and never before 1900 (no fund lent money before);
 * - never on or before the day the books are closed through (a closed period is final);
 * - never before the movement it follows: a disbursement after the approval and the previous tranche,
 *   a payment after the first disbursement and the latest restructuring or write-off, a reversal after
 *   the payment it cancels, a restructuring, a write-off or a refund of credit after every movement of
 *   the loan;
 * - never in the future.
 * Dates are ISO days ('YYYY-MM-DD'), so they compare as strings.
 */

/** No fund's books start before this day. */
export const ledgerFloor = '1900-01-01';

export const datedEntryKinds = [
  'contribution',
  'disbursement',
  'payment',
  'payment_reversal',
  'restructuring',
  'write_off',
  'credit_refund',
] as const;
export type DatedEntryKind = (typeof datedEntryKinds)[number];

/** The fund's own bounds: when it started (if known) and the last day of its closed period (if any). */
export interface FundPeriod {
  startedOn: string | null;
  closedThrough: string | null;
}

/** The dated steps of a loan that later entries depend on; null when the step has not happened. */
export interface LoanMilestones {
  approvedOn: string;
  firstDisbursedOn: string | null;
  lastDisbursedOn: string | null;
  /** The latest restructuring or write-off: the schedule the loan is repaid on. */
  lastScheduleChangeOn: string | null;
  /** The latest step of any kind on the loan (approval, tranche, payment, reversal, restructuring…). */
  lastMovementOn: string | null;
}

export type EntryFacts =
  | { kind: 'contribution' }
  | {
      kind: 'disbursement' | 'payment' | 'restructuring' | 'write_off' | 'credit_refund';
      loan: LoanMilestones;
    }
  | { kind: 'payment_reversal'; loan: LoanMilestones; paymentReceivedOn: string };

export type EntryDateViolation =
  | { rule: 'in_future'; latest: string }
  | { rule: 'before_fund_start'; earliest: string }
  | { rule: 'in_closed_period'; closedThrough: string; earliest: string }
  | { rule: 'before_previous_movement'; earliest: string };

function latestOf(dates: readonly (string | null | undefined)[]): string | null {
  let latest: string | null = null;
  for (const date of dates) if (date && (latest === null || date > latest)) latest = date;
  return latest;
}

/** The day after an ISO day, in the proleptic Gregorian calendar (UTC has no daylight saving). */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The step of the loan an entry of this kind may not precede; null for the fund's own entries. */
export function previousMovementOf(facts: EntryFacts): string | null {
  switch (facts.kind) {
    case 'contribution':
      return null;
    case 'disbursement':
      return latestOf([facts.loan.approvedOn, facts.loan.lastDisbursedOn, facts.loan.lastScheduleChangeOn]);
    case 'payment':
      return latestOf([facts.loan.approvedOn, facts.loan.firstDisbursedOn, facts.loan.lastScheduleChangeOn]);
    case 'payment_reversal':
      return latestOf([
        facts.loan.approvedOn,
        facts.loan.firstDisbursedOn,
        facts.loan.lastScheduleChangeOn,
        facts.paymentReceivedOn,
      ]);
    case 'restructuring':
    case 'write_off':
    case 'credit_refund':
      return latestOf([facts.loan.approvedOn, facts.loan.lastMovementOn]);
  }
}

/** The first day the fund's own bounds allow, whatever the entry. */
export function fundFloor(fund: FundPeriod): string {
  return latestOf([ledgerFloor, fund.startedOn]) ?? ledgerFloor;
}

/** The earliest day an entry with these facts may be dated. */
export function earliestEntryDate(fund: FundPeriod, facts: EntryFacts): string {
  return (
    latestOf([
      fundFloor(fund),
      fund.closedThrough ? dayAfter(fund.closedThrough) : null,
      previousMovementOf(facts),
    ]) ?? ledgerFloor
  );
}

/**
 * Why `date` may not be used, or null when it may. A date too early is reported by the bound that
 * holds it back the most, always with the earliest date allowed, so one correction is enough.
 */
export function entryDateViolation(
  date: string,
  today: string,
  fund: FundPeriod,
  facts: EntryFacts,
): EntryDateViolation | null {
  if (date > today) return { rule: 'in_future', latest: today };
  const earliest = earliestEntryDate(fund, facts);
  if (date >= earliest) return null;
  const previous = previousMovementOf(facts);
  if (previous !== null && previous === earliest) return { rule: 'before_previous_movement', earliest };
  if (fund.closedThrough !== null && dayAfter(fund.closedThrough) === earliest) {
    return { rule: 'in_closed_period', closedThrough: fund.closedThrough, earliest };
  }
  return { rule: 'before_fund_start', earliest };
}

export type PeriodClosingViolation =
  | { rule: 'in_future'; latest: string }
  | { rule: 'already_closed'; closedThrough: string }
  | { rule: 'before_fund_start'; earliest: string };

/**
 * Closing moves forward only, up to today at most: reopening a period would let entries change figures
 * already reported.
 */
export function periodClosingViolation(
  closeThrough: string,
  today: string,
  fund: FundPeriod,
): PeriodClosingViolation | null {
  if (closeThrough > today) return { rule: 'in_future', latest: today };
  if (fund.closedThrough !== null && closeThrough <= fund.closedThrough)
    return { rule: 'already_closed', closedThrough: fund.closedThrough };
  if (closeThrough < fundFloor(fund)) return { rule: 'before_fund_start', earliest: fundFloor(fund) };
  return null;
}
