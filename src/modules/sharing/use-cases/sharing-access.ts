import { type Actor, hasRole, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { consentReader } from '../../people/api.js';
import { sharedFileRoles } from '../domain/sharing-roles.js';
import { sharingErrors } from '../errors.js';

/**
 * The reader of a shared file. For a role that does not read them (funders, administrators) the file
 * does not exist (404, not 403); the list of people shared with the organization, which names nobody in
 * particular, is simply refused (403), like every page the menu does not offer.
 */
export async function sharedReader(db: Executor, actor: Actor, reading: 'list' | 'file') {
  if (reading === 'list') requireRole(actor, sharedFileRoles);
  else if (!hasRole(actor, sharedFileRoles)) throw sharingErrors.sharedPersonNotFound();
  return consentReader(db, actor.organizationId);
}

/** Today where the organization that keeps the consent works: its revocation and expiry are its days. */
export const todayOfOwner = (db: Executor, now: Date) => (organizationId: string) =>
  organizationsApi(db).todayOf(organizationId, now);
