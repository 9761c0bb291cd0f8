import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import { followUpRoles, personDataRoles } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { outcomeErrors } from '../errors.js';

/** Who records exits and follow-up answers (staff who follow people), and who reads them in a file. */
export const exitWriteRoles = followUpRoles;
export const exitReadRoles = personDataRoles;

export function exitActor(ctx: RequestContext, write: boolean): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, write ? exitWriteRoles : exitReadRoles);
  return actor;
}

/** A person the actor's organization follows; anyone else is not found, never forbidden. */
export async function requirePerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw outcomeErrors.enrolmentNotFound();
  return person;
}
