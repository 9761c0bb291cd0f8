import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles, personDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { moveErrors } from '../errors.js';

/** Who records a move (those who follow people and record exits) and who reads it in a file. */
export const moveWriteRoles = followUpRoles;
export const moveReadRoles = personDataRoles;

export function moveActor(ctx: RequestContext, write: boolean): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, write ? moveWriteRoles : moveReadRoles);
  return actor;
}

/** A file the actor's organization keeps; anyone else's is not found, never forbidden. */
export async function requirePerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw moveErrors.personNotFound();
  return person;
}
