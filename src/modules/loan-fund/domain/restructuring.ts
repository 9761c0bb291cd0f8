import type { InstallmentPosition } from './allocation.js';
import type { Cents } from './money.js';

/**
 * What a new schedule must cover: every unpaid cent of principal, plus the fees and interest that had
 * fallen due by the effective date and are unpaid. Interest of installments not yet due is dropped:
 * the new schedule computes its own.
 */
export function restructuredTerms(installments: readonly InstallmentPosition[], effectiveOn: string) {
  let principal: Cents = 0;
  let fee: Cents = 0;
  let interest: Cents = 0;
  for (const i of installments) {
    principal += i.principalCents - i.principalPaidCents;
    if (i.dueOn <= effectiveOn) {
      fee += i.feeCents - i.feePaidCents;
      interest += i.interestCents - i.interestPaidCents;
    }
  }
  return { principalCents: principal, carriedFeeCents: fee, carriedInterestCents: interest };
}
