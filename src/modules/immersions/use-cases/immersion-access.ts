import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { type ImmersionRecord, immersionsRepository } from '../adapters/immersions-repository.js';
import { immersionRoles } from '../domain/vocabulary.js';
import { immersionErrors } from '../errors.js';

/** The caller, when their role follows people's files. */
export function immersionActor(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, immersionRoles);
  return actor;
}

/** The person, when the caller's organization follows them; not found otherwise. */
export async function followedPerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw immersionErrors.personNotFound();
  return person;
}

/**
 * An immersion of the caller's organization whose person it still follows (scoped like the file);
 * anything else is not found, never forbidden. Locked when it is about to change.
 */
export async function visibleImmersion(
  db: Executor,
  actor: Actor,
  immersionId: string,
  lock = false,
): Promise<ImmersionRecord> {
  const immersion = await immersionsRepository(db).find(immersionId, actor.organizationId, lock);
  if (!immersion || !(await personSummary(db, immersion.personId, actor.organizationId)))
    throw immersionErrors.immersionNotFound();
  return immersion;
}
