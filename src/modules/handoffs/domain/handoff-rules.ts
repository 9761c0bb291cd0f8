/**
 * A hand-off passes a person's accompaniment to another organization (docs/handoffs.md): proposed by
 * the organization that follows them, accepted (naming a referent there), declined with a reason, or
 * withdrawn by its sender. Only a proposal moves; a decided hand-off stays as it was decided.
 */
export const handoffReasons = [
  'moved_to_region',
  'closer_to_home',
  'specialised_service',
  'program_rules',
  'other',
] as const;
export type HandoffReason = (typeof handoffReasons)[number];

export const handoffDeclineReasons = [
  'not_our_area',
  'no_capacity',
  'not_eligible',
  'person_unreachable',
  'other',
] as const;
export type HandoffDeclineReason = (typeof handoffDeclineReasons)[number];

export const handoffStatuses = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type HandoffStatus = (typeof handoffStatuses)[number];

export type HandoffAction = 'accept' | 'decline' | 'withdraw';
export type HandoffSide = 'sender' | 'receiver';

const actionsOf: Record<HandoffSide, readonly HandoffAction[]> = {
  sender: ['withdraw'],
  receiver: ['accept', 'decline'],
};

const outcomeOf: Record<HandoffAction, HandoffStatus> = {
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
};

/** What a side may still do with a hand-off in this state: nothing once it is decided. */
export function allowedActions(status: HandoffStatus, side: HandoffSide): readonly HandoffAction[] {
  return status === 'proposed' ? actionsOf[side] : [];
}

/** The state after an action, or undefined when that side may not take it now. */
export function afterAction(
  status: HandoffStatus,
  side: HandoffSide,
  action: HandoffAction,
): HandoffStatus | undefined {
  return allowedActions(status, side).includes(action) ? outcomeOf[action] : undefined;
}

/**
 * Who accompanies the person: the sender until the receiver accepts (its referent stays in charge while
 * the proposal waits, and after a refusal or a withdrawal), the receiver from then on — so the person
 * has a referent at every moment.
 */
export function accompanyingSide(status: HandoffStatus): HandoffSide {
  return status === 'accepted' ? 'receiver' : 'sender';
}
