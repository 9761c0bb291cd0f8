import { type InstallmentPosition, remainingOn } from './allocation.js';
import { type AgingBucket, agingBucket, daysBetween } from './arrears.js';
import type { LoanStatus } from './portfolio.js';

/**
 * The two dates a loan's standing is read from: the oldest installment still unpaid that fell due
 * before today, and the first one still unpaid that falls due today or later. The fund's list gets
 * them from the database in one pass (`min(due_on) FILTER …`), the loan page from the schedule.
 */
export interface UnpaidDueDates {
  oldestOverdueOn: string | null;
  nextDueOn: string | null;
}

export function unpaidDueDates(installments: readonly InstallmentPosition[], today: string): UnpaidDueDates {
  let oldestOverdueOn: string | null = null;
  let nextDueOn: string | null = null;
  for (const i of installments) {
    if (remainingOn(i) <= 0) continue;
    if (i.dueOn < today) {
      if (oldestOverdueOn === null || i.dueOn < oldestOverdueOn) oldestOverdueOn = i.dueOn;
    } else if (nextDueOn === null || i.dueOn < nextDueOn) nextDueOn = i.dueOn;
  }
  return { oldestOverdueOn, nextDueOn };
}

export interface LoanStanding {
  daysPastDue: number;
  /** null when the loan is not being repaid (not paid out yet, repaid, written off): it has no arrears. */
  agingBucket: AgingBucket | null;
  /** The installment the borrower pays next on time; what is overdue is in arrears, not "next". */
  nextDueOn: string | null;
}

/**
 * Where a loan stands, the one rule behind the fund's list, the loan page and the borrower's file.
 * Only a loan being repaid has arrears and a next installment: a repaid or written-off loan is not
 * "current", it is closed.
 */
export function loanStanding(status: LoanStatus, unpaid: UnpaidDueDates, today: string): LoanStanding {
  if (status !== 'active') return { daysPastDue: 0, agingBucket: null, nextDueOn: null };
  const daysPastDue = unpaid.oldestOverdueOn ? daysBetween(unpaid.oldestOverdueOn, today) : 0;
  return { daysPastDue, agingBucket: agingBucket(daysPastDue), nextDueOn: unpaid.nextDueOn };
}

/** The installment behind `nextDueOn` (the lowest number among those due that day and unpaid). */
export function nextInstallmentOf<T extends InstallmentPosition>(
  installments: readonly T[],
  standing: LoanStanding,
): T | null {
  if (standing.nextDueOn === null) return null;
  return (
    [...installments]
      .filter((i) => i.dueOn === standing.nextDueOn && remainingOn(i) > 0)
      .sort((a, b) => a.number - b.number)[0] ?? null
  );
}
