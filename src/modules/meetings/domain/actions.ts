import type { ActionStatus } from './vocabulary.js';

/**
 * Pure rules of a meeting's actions: which are still to be done, which are late, which a new meeting of
 * the series carries over, and which status changes make sense.
 */

/** Open or under way: still on the consortium's list, and carried to the next meeting. */
export const isOpenStatus = (status: ActionStatus) => status === 'open' || status === 'in_progress';

/** Late: still to be done and its due day has passed where the consortium works (`today`). */
export function isOverdue(action: { status: ActionStatus; dueOn: string | null }, today: string): boolean {
  return isOpenStatus(action.status) && action.dueOn !== null && action.dueOn < today;
}

export interface SeriesAction {
  id: string;
  status: ActionStatus;
  /** When the meeting that decided it began. */
  decidedAt: Date;
}

/**
 * The actions a new meeting of the series carries over: every action still open that a meeting held
 * before it decided, oldest first. Done and dropped ones stay in their meeting's minutes.
 */
export function actionsToCarryOver(actions: readonly SeriesAction[], meetingStartsAt: Date): string[] {
  return actions
    .filter((action) => isOpenStatus(action.status) && action.decidedAt.getTime() < meetingStartsAt.getTime())
    .sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime() || a.id.localeCompare(b.id))
    .map((action) => action.id);
}

export type StatusChangeRefusal = 'unchanged';

/**
 * Whether an action may move from one status to another: any move but to the same status (a done or
 * dropped action may be reopened when it turns out it was not finished).
 */
export function statusChangeRefusal(from: ActionStatus, to: ActionStatus): StatusChangeRefusal | null {
  return from === to ? 'unchanged' : null;
}

export interface StatusChange {
  from: ActionStatus | null;
  to: ActionStatus;
  at: Date;
  meetingId: string | null;
}

/** An action's status on a given instant, from its history (the status it was created with first). */
export function statusOn(history: readonly StatusChange[], instant: Date): ActionStatus | null {
  let status: ActionStatus | null = null;
  for (const change of [...history].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (change.at.getTime() > instant.getTime()) break;
    status = change.to;
  }
  return status;
}
