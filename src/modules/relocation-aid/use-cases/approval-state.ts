import type { AidRequestRow } from '../adapters/aid-repository.js';
import type { ApprovalState } from '../domain/payments.js';

/** The request and its payments as the payment rules (domain/payments.ts) read them. */
export function approvalStateOf(
  request: Pick<AidRequestRow, 'status' | 'approvedCents' | 'releasedCents'>,
  payments: readonly { id: string; amountCents: number; reversedOn: string | null }[],
): ApprovalState {
  return {
    status: request.status,
    approvedCents: request.approvedCents ?? 0,
    releasedCents: request.releasedCents,
    payments: payments.map((p) => ({
      id: p.id,
      amountCents: p.amountCents,
      reversed: p.reversedOn !== null,
    })),
  };
}
