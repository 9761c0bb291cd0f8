import type { z } from 'zod';
import type { conveningBody } from '../../../contracts/network.js';
import type { Actor } from '../../../core/auth/actor.js';
import { requireRole } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import {
  type ConveningFields,
  type ConveningRecord,
  conveningsRepository,
} from '../adapters/convenings-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { networkErrors } from '../errors.js';

/** A convening of the actor's organization; any other answers as if it did not exist. */
export async function visibleConvening(
  db: Executor,
  actor: Actor,
  conveningId: string,
  lock = false,
): Promise<ConveningRecord> {
  requireRole(actor, networkRoles);
  const convening = await conveningsRepository(db).findConvening(conveningId, lock);
  if (!convening || convening.organizationId !== actor.organizationId)
    throw networkErrors.conveningNotFound();
  return convening;
}

export function conveningFieldsOf(body: z.output<typeof conveningBody>): ConveningFields {
  return {
    title: body.title,
    startsAt: new Date(body.startsAt),
    endsAt: body.endsAt ? new Date(body.endsAt) : null,
    place: body.place || null,
    capacity: body.capacity ?? null,
    description: body.description || null,
    publicRegistration: body.publicRegistration,
  };
}
