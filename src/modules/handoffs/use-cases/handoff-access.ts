import { type Actor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { hasConsent, sharingPurpose } from '../../people/api.js';
import { type HandoffRow, handoffsRepository } from '../adapters/handoffs-repository.js';
import { afterAction, type HandoffAction, type HandoffSide } from '../domain/handoff-rules.js';
import { handoffErrors } from '../errors.js';

/** Who proposes, takes over, declines and reads hand-offs: those who follow people. */
export const handoffRoles = followUpRoles;

export function sideOf(row: HandoffRow, organizationId: string): HandoffSide {
  return row.organization_id === organizationId ? 'sender' : 'receiver';
}

/**
 * A hand-off the actor's organization sent or received (404 otherwise, existence not revealed), locked
 * and checked for the action that side takes now.
 */
export async function handoffToDecide(db: Executor, actor: Actor, handoffId: string, action: HandoffAction) {
  requireRole(actor, handoffRoles);
  const row = await handoffsRepository(db).findFor(handoffId, actor.organizationId, true);
  if (!row) throw handoffErrors.handoffNotFound();
  if (row.status !== 'proposed') throw handoffErrors.alreadyDecided();
  const side = sideOf(row, actor.organizationId);
  const next = afterAction(row.status, side, action);
  if (!next) throw handoffErrors.notYourSide();
  return row;
}

/**
 * Whether the person's consent, in force today where their file is kept, lets the receiver know who
 * they are: a hand-off is proposed and accepted only under it.
 */
export async function consentNamesReceiver(
  db: Executor,
  personId: string,
  ownerOrganizationId: string,
  receiverOrganizationId: string,
  now: Date,
): Promise<boolean> {
  const today = await organizationsApi(db).todayOf(ownerOrganizationId, now);
  return hasConsent(db, personId, sharingPurpose, receiverOrganizationId, today, 'identity');
}
