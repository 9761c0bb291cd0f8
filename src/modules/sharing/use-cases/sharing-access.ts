import { type Actor, hasRole } from '../../../core/auth/actor.js';
import { followUpRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader } from '../../people/api.js';
import { sharingErrors } from '../errors.js';

/**
 * Staff who follow people read the files partners share with them. Funders and administrators see
 * figures and settings, never a partner's file: for them the file does not exist (404, not 403).
 */
export const sharedFileRoles = followUpRoles;

export async function sharedReader(db: Executor, actor: Actor) {
  if (!hasRole(actor, sharedFileRoles)) throw sharingErrors.sharedPersonNotFound();
  return consentReader(db, actor.organizationId);
}

/** Today where the organization that keeps the consent works: its revocation and expiry are its days. */
export const todayOfOwner = (db: Executor, now: Date) => (organizationId: string) =>
  organizationsApi(db).todayOf(organizationId, now);
