import { type InstallmentPosition, remainingOn } from './allocation.js';
import type { Cents } from './money.js';

export const agingBuckets = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

const dayMs = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/**
 * Days past due: from the due date of the oldest installment that is not fully paid, when that date
 * is before `asOf`. An installment due today is not late yet.
 */
export function daysPastDue(installments: readonly InstallmentPosition[], asOf: string): number {
  let oldest: string | null = null;
  for (const i of installments) {
    if (i.dueOn < asOf && remainingOn(i) > 0 && (oldest === null || i.dueOn < oldest)) oldest = i.dueOn;
  }
  return oldest === null ? 0 : daysBetween(oldest, asOf);
}

export function agingBucket(days: number): AgingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

/** What fell due before `asOf` and is not paid: the amount in arrears. */
export function amountPastDue(installments: readonly InstallmentPosition[], asOf: string): Cents {
  let total = 0;
  for (const i of installments) if (i.dueOn < asOf) total += remainingOn(i);
  return total;
}
