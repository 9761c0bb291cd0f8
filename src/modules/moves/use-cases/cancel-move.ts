import { z } from 'zod';
import { cancelMoveBody } from '../../../contracts/moves.js';
import { defineUseCase } from '../../../core/use-case.js';
import { movesRepository } from '../adapters/moves-repository.js';
import { moveErrors } from '../errors.js';
import { moveActor } from './move-access.js';

/**
 * A move recorded by mistake is cancelled with why, never deleted: it leaves the figures, its history
 * stays. The exit it wrote is the enrolment's, corrected there (outcomes keep their own history).
 */
export const cancelMove = defineUseCase(
  cancelMoveBody.extend({ moveId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = moveActor(ctx, true);
    const repo = movesRepository(trx);
    const move = await repo.find(input.moveId, actor.organizationId, true);
    if (!move) throw moveErrors.moveNotFound();
    if (move.status === 'cancelled') throw moveErrors.alreadyCancelled();
    await repo.cancel(move.id, actor.organizationId, actor.userId, now, input.reason);
    await timeline.publish({
      occurredAt: now,
      organizationId: actor.organizationId,
      personId: move.person_id,
      module: 'moves',
      kind: 'move.cancelled',
      resourceType: 'move',
      resourceId: move.id,
      data: { region: move.region_name },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'move.cancel',
      resourceType: 'move',
      resourceId: move.id,
      personId: move.person_id,
      requestId: ctx.requestId,
      details: {},
    });
    return { id: move.id };
  },
);
