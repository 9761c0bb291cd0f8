import { type Actor, type RequestContext, requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { personSummary } from '../../people/api.js';
import { type PlacementRecord, placementsRepository } from '../adapters/placements-repository.js';
import { defaultEndAlertDays, placementReadRoles, placementWriteRoles } from '../domain/vocabulary.js';
import { placementErrors } from '../errors.js';

/** The caller, allowed to read placements (or to record them). */
export function placementActor(ctx: RequestContext, write: boolean): Actor {
  const actor = requireActor(ctx);
  requireRole(actor, write ? placementWriteRoles : placementReadRoles);
  return actor;
}

/** A person the actor's organization follows; anyone else is not found, never forbidden. */
export async function requirePerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw placementErrors.personNotFound();
  return person;
}

/**
 * A placement of the actor's organization whose person it still follows, locked for the change that
 * follows when `lock`; anything else answers as if it did not exist.
 */
export async function requirePlacement(
  db: Executor,
  actor: Actor,
  placementId: string,
  lock = false,
): Promise<PlacementRecord> {
  const placement = await placementsRepository(db).find(placementId, actor.organizationId, lock);
  if (!placement || !(await personSummary(db, placement.personId, actor.organizationId)))
    throw placementErrors.placementNotFound();
  return placement;
}

/** How many days before a contract's end the organization alerts its referents. */
export async function endAlertDaysOf(db: Executor, organizationId: string): Promise<number> {
  return (
    (await placementsRepository(db).endAlertDays([organizationId])).get(organizationId) ?? defaultEndAlertDays
  );
}
