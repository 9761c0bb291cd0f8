import type { Cents } from './money.js';

export const allocationComponents = ['fee', 'interest', 'principal', 'credit'] as const;
export type AllocationComponent = (typeof allocationComponents)[number];

/** An installment of the schedule in force, with what has already been paid on each component. */
export interface InstallmentPosition {
  installmentId: string;
  number: number;
  dueOn: string;
  feeCents: Cents;
  interestCents: Cents;
  principalCents: Cents;
  feePaidCents: Cents;
  interestPaidCents: Cents;
  principalPaidCents: Cents;
}

export interface Allocation {
  installmentId: string | null;
  component: AllocationComponent;
  amountCents: Cents;
}

/**
 * Splits a payment over the schedule in force. The order is the agreement's, printed on it:
 * installments in due order (so overdue ones first, then the current one, then paying ahead), and
 * within an installment fees, then interest, then principal. Principal is never taken beyond what
 * the borrower owes on the books (`outstandingPrincipalCents`, the loan's receivable: tranches not yet
 * paid out are not owed). Whatever remains is held as the borrower's credit, to be refunded.
 * The allocations always add up to the payment.
 */
export function allocatePayment(
  installments: readonly InstallmentPosition[],
  outstandingPrincipalCents: Cents,
  amountCents: Cents,
): Allocation[] {
  if (!Number.isSafeInteger(amountCents) || amountCents <= 0)
    throw new RangeError('payment must be positive cents');
  const ordered = [...installments].sort((a, b) =>
    a.dueOn === b.dueOn ? a.number - b.number : a.dueOn < b.dueOn ? -1 : 1,
  );
  const allocations: Allocation[] = [];
  let left = amountCents;
  let principalRoom = Math.max(0, outstandingPrincipalCents);
  const take = (installmentId: string, component: AllocationComponent, owed: Cents) => {
    const amount = Math.min(left, Math.max(0, owed));
    if (amount > 0) {
      allocations.push({ installmentId, component, amountCents: amount });
      left -= amount;
    }
    return amount;
  };
  for (const i of ordered) {
    if (left === 0) break;
    take(i.installmentId, 'fee', i.feeCents - i.feePaidCents);
    take(i.installmentId, 'interest', i.interestCents - i.interestPaidCents);
    principalRoom -= take(
      i.installmentId,
      'principal',
      Math.min(principalRoom, i.principalCents - i.principalPaidCents),
    );
  }
  if (left > 0) allocations.push({ installmentId: null, component: 'credit', amountCents: left });
  return allocations;
}

export function remainingOn(i: InstallmentPosition): Cents {
  return (
    i.feeCents -
    i.feePaidCents +
    (i.interestCents - i.interestPaidCents) +
    (i.principalCents - i.principalPaidCents)
  );
}

const paidField = {
  fee: 'feePaidCents',
  interest: 'interestPaidCents',
  principal: 'principalPaidCents',
} as const;

/** The positions once a payment's allocations are applied (what the database will say after the insert). */
export function withAllocations(
  installments: readonly InstallmentPosition[],
  allocations: readonly Allocation[],
): InstallmentPosition[] {
  return installments.map((i) => {
    const next = { ...i };
    for (const a of allocations) {
      if (a.installmentId !== i.installmentId || a.component === 'credit') continue;
      next[paidField[a.component]] += a.amountCents;
    }
    return next;
  });
}
