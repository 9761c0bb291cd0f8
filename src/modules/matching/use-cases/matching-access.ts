import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles, type Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { matchingProfiles } from '../../people/api.js';
import { matchingErrors } from '../errors.js';

/** Who reads matches and records a person's wishes: the staff who work with people's files. */
export const matchingRoles: readonly Role[] = personDataRoles;
/** Who changes how much each criterion counts: the organization's administrators and coordinators. */
export const matchWeightsAdminRoles: readonly Role[] = ['administrator', 'coordinator'];

export const CONTACTING_EMPLOYERS = 'contacting_employers';

export function matchingActor(ctx: RequestContext, roles: readonly Role[] = matchingRoles): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, roles);
  return actor;
}

/** The person's file as matching reads it; another organization's or a restricted one is not found. */
export async function requireProfile(trx: Executor, actor: Actor, personId: string, today: string) {
  const [profile] = await matchingProfiles(
    trx,
    { organizationId: actor.organizationId, personId, limit: 1 },
    CONTACTING_EMPLOYERS,
    today,
  );
  if (!profile) throw matchingErrors.personNotFound();
  return profile;
}
