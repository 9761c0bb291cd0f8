/**
 * Paying an approved request, as a pure rule: several payments (a trip advance, then the balance) up
 * to the approved amount and never beyond; a reversal takes one payment back; cancelling the approval
 * releases what is left unpaid. The use cases lock the request and the budget, then ask these.
 */

export interface PaymentInForce {
  id: string;
  amountCents: number;
  /** Reversed payments no longer count. */
  reversed: boolean;
}

export interface ApprovalState {
  status: 'approved' | 'paid' | 'cancelled' | 'submitted' | 'refused' | 'withdrawn';
  approvedCents: number;
  /** Released by a cancellation (0 when the approval stands). */
  releasedCents: number;
  payments: readonly PaymentInForce[];
}

/** Paid and not reversed. */
export function paidCentsOf(payments: readonly PaymentInForce[]): number {
  return payments.reduce((s, p) => (p.reversed ? s : s + p.amountCents), 0);
}

/** What may still be paid: approved, less released, less paid. */
export function remainderOf(state: ApprovalState): number {
  return Math.max(0, state.approvedCents - state.releasedCents - paidCentsOf(state.payments));
}

/** The status the payments in force give a standing approval. */
export function statusAfterPayments(state: ApprovalState): 'approved' | 'paid' {
  return paidCentsOf(state.payments) >= state.approvedCents ? 'paid' : 'approved';
}

export type PaymentRefusal = 'not_payable' | 'above_remainder';
export type Verdict<T, R> = ({ ok: true } & T) | { ok: false; refusal: R };

/** A payment of this amount (the whole remainder when none is given). */
export function checkPayment(
  state: ApprovalState,
  amountCents?: number,
): Verdict<{ amountCents: number; settles: boolean }, PaymentRefusal> {
  const remainder = remainderOf(state);
  if (state.status !== 'approved' || remainder === 0) return { ok: false, refusal: 'not_payable' };
  const amount = amountCents ?? remainder;
  if (!Number.isInteger(amount) || amount <= 0 || amount > remainder)
    return { ok: false, refusal: 'above_remainder' };
  return { ok: true, amountCents: amount, settles: amount === remainder };
}

export type ReversalRefusal = 'nothing_to_reverse' | 'cancelled' | 'which_payment';

/**
 * The payment to reverse: the one named, in force; unnamed, the only one in force. A cancelled approval
 * keeps its payments (reversing one would commit again what the cancellation released).
 */
export function checkReversal(
  state: ApprovalState,
  paymentId?: string,
): Verdict<{ paymentId: string }, ReversalRefusal> {
  if (state.status === 'cancelled') return { ok: false, refusal: 'cancelled' };
  const inForce = state.payments.filter((p) => !p.reversed);
  if (state.status !== 'approved' && state.status !== 'paid')
    return { ok: false, refusal: 'nothing_to_reverse' };
  if (paymentId !== undefined) {
    const named = inForce.find((p) => p.id === paymentId);
    return named ? { ok: true, paymentId: named.id } : { ok: false, refusal: 'nothing_to_reverse' };
  }
  if (inForce.length === 0) return { ok: false, refusal: 'nothing_to_reverse' };
  if (inForce.length > 1) return { ok: false, refusal: 'which_payment' };
  return { ok: true, paymentId: inForce[0]!.id };
}

/** Cancelling a standing approval not fully paid: its unpaid remainder is released. */
export function checkCancellation(
  state: ApprovalState,
): Verdict<{ releasedCents: number }, 'not_cancellable'> {
  const remainder = remainderOf(state);
  if (state.status !== 'approved' || remainder === 0) return { ok: false, refusal: 'not_cancellable' };
  return { ok: true, releasedCents: remainder };
}

/** What the household was granted by this request: approved, less what a cancellation released. */
export function grantedCents(state: Pick<ApprovalState, 'approvedCents' | 'releasedCents'>): number {
  return state.approvedCents - state.releasedCents;
}
