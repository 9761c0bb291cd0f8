import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { undoMerge } from '../adapters/person-merges-repository.js';
import { mergeRoles } from '../domain/merge-roles.js';
import { peopleErrors } from '../errors.js';
import { visiblePerson } from './person-access.js';

/**
 * Undoes the merge of this file into another (docs/duplicates.md): the file comes back to the lists
 * and the candidates, and the kept file no longer shows it. Nothing else changes, because a merge
 * moved nothing. Audited on both files.
 */
export const undoPersonMerge = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, mergeRoles);
    const file = await visiblePerson(trx, actor, input.personId);
    const undone = await undoMerge(trx, {
      organizationId: actor.organizationId,
      mergedPersonId: file.id,
      by: actor.userId,
      at: now,
    });
    if (!undone) throw peopleErrors.mergeNotInForce();
    for (const [person, side] of [
      [undone.keptPersonId, 'kept'],
      [undone.mergedPersonId, 'merged'],
    ] as const)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'person.merge_undone',
        resourceType: 'person',
        resourceId: person,
        requestId: ctx.requestId,
        details: { side, mergeId: undone.id },
      });
    return { keptPersonId: undone.keptPersonId, mergedPersonId: undone.mergedPersonId };
  },
);
