import type { ReferralStatus } from './vocabulary.js';

/** What can happen to a referral, and who does it. */
export type ReferralMove = 'accept' | 'decline' | 'complete' | 'withdraw';
export type ReferralSide = 'sender' | 'receiver';
/** To another organization of the platform (it answers) or to a service of the directory (the sender records its answer). */
export type ReferralTarget = 'organization' | 'service';

const moves: Record<ReferralMove, { from: readonly ReferralStatus[]; to: ReferralStatus }> = {
  accept: { from: ['pending'], to: 'accepted' },
  // A person accepted may still prove unreachable or not eligible once met.
  decline: { from: ['pending', 'accepted'], to: 'declined' },
  complete: { from: ['accepted'], to: 'completed' },
  withdraw: { from: ['pending'], to: 'withdrawn' },
};

/**
 * Who may make a move: the receiving organization answers a referral to it (accept, decline, complete);
 * a service of the directory is outside the platform, so the sender records its answer. Only the sender
 * withdraws, and only while nobody answered.
 */
export function sideOf(move: ReferralMove, target: ReferralTarget): ReferralSide {
  if (move === 'withdraw') return 'sender';
  return target === 'organization' ? 'receiver' : 'sender';
}

export type MoveVerdict =
  | { ok: true; status: ReferralStatus }
  | { ok: false; reason: 'not_allowed_side' | 'not_from_status' };

/** The status after a move, or why it cannot be made. Final states (declined, completed, withdrawn) move no more. */
export function referralMove(
  current: ReferralStatus,
  move: ReferralMove,
  target: ReferralTarget,
  side: ReferralSide,
): MoveVerdict {
  if (sideOf(move, target) !== side) return { ok: false, reason: 'not_allowed_side' };
  if (!moves[move].from.includes(current)) return { ok: false, reason: 'not_from_status' };
  return { ok: true, status: moves[move].to };
}

export const isFinal = (status: ReferralStatus) =>
  status === 'declined' || status === 'completed' || status === 'withdrawn';

/** A pending referral is due a reminder after `days` without an answer, then again every `days`. */
export function reminderDue(
  referral: { status: ReferralStatus; sentOn: string; lastRemindedOn: string | null },
  today: string,
  days: number,
): boolean {
  if (referral.status !== 'pending') return false;
  const since = referral.lastRemindedOn ?? referral.sentOn;
  return daysBetween(since, today) >= days;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
