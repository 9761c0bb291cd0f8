import { z } from 'zod';
import { closeFrontDoorRequestBody } from '../../../contracts/front-door.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { frontDoorErrors } from '../errors.js';
import {
  coordinatesQueue,
  queueRoles,
  requireOpen,
  visibleRequest,
  worksOnRequest,
} from './request-access.js';
import { requestNames, viewOf } from './request-view.js';

/**
 * Closes an open request without a file, with a coded reason: the assigned member (not eligible,
 * unreachable, withdrew, duplicate), or the coordination for one still unassigned (a duplicate, spam).
 */
export const closeFrontDoorRequest = defineUseCase(
  closeFrontDoorRequestBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, queueRoles);
    const request = await visibleRequest(trx, actor, input.requestId, true);
    requireOpen(request);
    const allowed =
      worksOnRequest(actor, request) ||
      (request.state === 'new' && coordinatesQueue(actor, request.consortiumId));
    if (!allowed) throw frontDoorErrors.assignedElsewhere();
    const repo = frontDoorRepository(trx);
    await repo.close(request.id, request.organizationId, {
      reason: input.reason,
      note: input.note ?? null,
      userId: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'front_door.request_close',
      resourceType: 'front_door_request',
      resourceId: request.id,
      requestId: ctx.requestId,
      details: { reason: input.reason },
    });
    const updated = await repo.find(request.id);
    if (!updated) throw frontDoorErrors.requestNotFound();
    return viewOf(actor, deps.keyRing, updated, await requestNames(trx, [updated], ctx.locale));
  },
);
