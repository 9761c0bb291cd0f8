import { addMonths } from '../../../core/calendar.js';
import { type Cents, roundHalfUp } from './money.js';

export interface ScheduleTerms {
  principalCents: Cents;
  /** Annual nominal rate in basis points: 0 for interest-free loans, 450 for 4.50 %. */
  annualRateBps: number;
  termMonths: number;
  /** Fees due with the first installment (the origination fee, and after a restructuring any unpaid fees). */
  firstInstallmentFeeCents: Cents;
  /** Interest already due and unpaid, carried into the first installment by a restructuring. */
  carriedInterestCents?: Cents;
  firstDueOn: string;
}

export interface ScheduledInstallment {
  number: number;
  dueOn: string;
  principalCents: Cents;
  interestCents: Cents;
  feeCents: Cents;
}

/**
 * Level installments (an annuity) on the declining balance, interest for a month = balance × rate ÷ 12
 * rounded to the cent. The payment is rounded up once, and the last installment takes what remains of
 * the principal, so the principals always add up to the amount lent exactly. Interest-free loans
 * split the principal evenly, the last installment absorbing the remainder.
 * The grace period is expressed by `firstDueOn`; it is interest-free (no interest accrues before the
 * first month of the schedule).
 */
export function buildSchedule(terms: ScheduleTerms): ScheduledInstallment[] {
  const { principalCents, annualRateBps, termMonths } = terms;
  if (!Number.isSafeInteger(principalCents) || principalCents <= 0)
    throw new RangeError('principal must be positive cents');
  if (!Number.isInteger(termMonths) || termMonths < 1 || termMonths > 600)
    throw new RangeError('term out of range');
  if (!Number.isInteger(annualRateBps) || annualRateBps < 0 || annualRateBps > 10_000)
    throw new RangeError('rate out of range');
  for (const extra of [terms.firstInstallmentFeeCents, terms.carriedInterestCents ?? 0]) {
    if (!Number.isSafeInteger(extra) || extra < 0)
      throw new RangeError('fees and carried interest must be non-negative cents');
  }

  const level = levelPaymentCents(principalCents, annualRateBps, termMonths);
  const installments: ScheduledInstallment[] = [];
  let balance = principalCents;
  for (let n = 1; n <= termMonths; n++) {
    const interest = roundHalfUp(balance * annualRateBps, 120_000);
    const last = n === termMonths;
    const principal = last ? balance : Math.min(balance, Math.max(0, level - interest));
    balance -= principal;
    installments.push({
      number: n,
      dueOn: addMonths(terms.firstDueOn, n - 1),
      principalCents: principal,
      interestCents: interest + (n === 1 ? (terms.carriedInterestCents ?? 0) : 0),
      feeCents: n === 1 ? terms.firstInstallmentFeeCents : 0,
    });
  }
  // Rounding the payment up can repay a tiny loan before its term: the last months then owe 0.00.
  return installments;
}

/**
 * The level payment, rounded up to the cent: rounding to the nearest could leave it at or below the
 * first month's interest (30 % over 30 years), and the loan would not amortize until a final balloon.
 */
function levelPaymentCents(principal: Cents, annualRateBps: number, months: number): Cents {
  if (annualRateBps === 0) return Math.floor(principal / months);
  const monthly = annualRateBps / 120_000;
  const payment = (principal * monthly) / (1 - (1 + monthly) ** -months);
  // The float can sit a hair above a whole cent; do not round such noise up to the next cent.
  return Math.ceil(payment - 1e-9);
}

/** The default first due date: one month after the start, plus the grace period. */
export function firstDueDate(startOn: string, graceMonths: number): string {
  return addMonths(startOn, graceMonths + 1);
}

export function installmentTotal(
  i: Pick<ScheduledInstallment, 'principalCents' | 'interestCents' | 'feeCents'>,
): Cents {
  return i.principalCents + i.interestCents + i.feeCents;
}
