import { type InstallmentPosition, remainingOn } from './allocation.js';
import { agingBucket, amountPastDue, daysPastDue } from './arrears.js';
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

/** Where a loan stands on a date, from its schedule positions and its receivable. */
export function loanPosition(installments: readonly InstallmentPosition[], today: string) {
  const daysLate = daysPastDue(installments, today);
  let remainingToPay: Cents = 0;
  for (const i of installments) remainingToPay += remainingOn(i);
  const next = [...installments].sort((a, b) => a.number - b.number).find((i) => remainingOn(i) > 0) ?? null;
  return {
    daysPastDue: daysLate,
    agingBucket: agingBucket(daysLate),
    pastDueCents: amountPastDue(installments, today),
    remainingToPayCents: remainingToPay,
    nextInstallment: next,
  };
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
