import type { Actor } from '../../../core/auth/actor.js';
import {
  personDataRoles,
  programAdminRoles,
  type Role,
  sensitiveDataRoles,
} from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { frontDoorRepository, type RequestRecord } from '../adapters/front-door-repository.js';
import { frontDoorErrors } from '../errors.js';

/** Who works with the queue: the staff who work with people's files (a request is a person's data). */
export const queueRoles: readonly Role[] = personDataRoles;
/** Who confirms or reassigns, and sets the routing rules: the coordinating organization's coordination. */
export const coordinationRoles: readonly Role[] = programAdminRoles;

/** The actor coordinates the consortium and may steer its queue. */
export function coordinatesQueue(actor: Actor, consortiumId: string): boolean {
  return coordinationRoles.includes(actor.role) && actor.coordinatedConsortiumIds.includes(consortiumId);
}

/** The request is assigned to the actor's organization, and the actor works with files. */
export function worksOnRequest(actor: Actor, request: { assignedOrganizationId: string | null }): boolean {
  return queueRoles.includes(actor.role) && request.assignedOrganizationId === actor.organizationId;
}

/** Status only to those allowed to see it, and only where the request is theirs to handle. */
export function mayReadStatus(actor: Actor, request: RequestRecord): boolean {
  return (
    sensitiveDataRoles.includes(actor.role) &&
    (worksOnRequest(actor, request) || actor.coordinatedConsortiumIds.includes(request.consortiumId))
  );
}

/**
 * A request the actor may see: the whole queue for the coordination of its consortium, only its own
 * for a member. Any other answers as if it did not exist.
 */
export async function visibleRequest(db: Executor, actor: Actor, requestId: string, lock = false) {
  const repo = frontDoorRepository(db);
  const request = lock ? await repo.findForUpdate(requestId) : await repo.find(requestId);
  if (!request || !(coordinatesQueue(actor, request.consortiumId) || worksOnRequest(actor, request)))
    throw frontDoorErrors.requestNotFound();
  return request;
}

export function requireOpen(request: RequestRecord) {
  if (request.state !== 'new' && request.state !== 'assigned') throw frontDoorErrors.requestNotOpen();
}
