import { type InstallmentPosition, remainingOn } from './allocation.js';
import { amountPastDue } from './arrears.js';
import type { Cents } from './money.js';
import type { LoanStatus } from './portfolio.js';

export const installmentStates = ['paid', 'partly_paid', 'due', 'late', 'upcoming'] as const;
export type InstallmentState = (typeof installmentStates)[number];

export function installmentState(i: InstallmentPosition, today: string): InstallmentState {
  const remaining = remainingOn(i);
  if (remaining <= 0) return 'paid';
  if (i.dueOn < today) return 'late';
  if (i.dueOn === today) return 'due';
  return remaining < i.feeCents + i.interestCents + i.principalCents ? 'partly_paid' : 'upcoming';
}

/**
 * What a loan's schedule leaves to pay on a date: in arrears, and in all. Its standing (days past due,
 * aging bucket, next installment) is loanStanding's, the one rule the list, the page and the file share.
 */
export function loanPosition(installments: readonly InstallmentPosition[], today: string) {
  let remainingToPay: Cents = 0;
  for (const i of installments) remainingToPay += remainingOn(i);
  return { pastDueCents: amountPastDue(installments, today), remainingToPayCents: remainingToPay };
}

/**
 * The status a movement leaves the loan in. A written-off loan stays written off. A loan is repaid
 * when nothing remains on the schedule in force and no principal is owed on the books.
 */
export function statusAfterMovement(
  current: LoanStatus,
  installments: readonly InstallmentPosition[],
  receivableCents: Cents,
  disbursedCents: Cents,
): LoanStatus {
  if (current === 'written_off') return current;
  if (disbursedCents === 0) return 'approved';
  const settled = installments.every((i) => remainingOn(i) <= 0) && receivableCents === 0;
  return settled ? 'repaid' : 'active';
}
