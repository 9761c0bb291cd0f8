import { z } from 'zod';
import { assignFrontDoorRequestBody } from '../../../contracts/front-door.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { frontDoorErrors } from '../errors.js';
import { enqueueAssignmentNotice } from '../jobs.js';
import { coordinatesQueue, coordinationRoles, requireOpen, visibleRequest } from './request-access.js';
import { requestNames, viewOf } from './request-view.js';

/**
 * The coordination confirms the proposed member or reassigns the request to another receiving member
 * (a request already assigned may be reassigned while it is open). The person is then told, in their
 * language, who will contact them (an e-mail through the outbox).
 */
export const assignFrontDoorRequest = defineUseCase(
  assignFrontDoorRequestBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, coordinationRoles);
    const request = await visibleRequest(trx, actor, input.requestId, true);
    if (!coordinatesQueue(actor, request.consortiumId)) throw frontDoorErrors.requestNotFound();
    requireOpen(request);
    const repo = frontDoorRepository(trx);
    const door = await repo.doorOfProgram(request.programId);
    if (!door?.receivingOrganizationIds.includes(input.organizationId)) throw frontDoorErrors.notAMember();
    await repo.assign(request.id, request.organizationId, {
      assignedOrganizationId: input.organizationId,
      userId: actor.userId,
      note: input.note ?? null,
      now,
    });
    const changed = request.assignedOrganizationId !== input.organizationId;
    if (changed && request.email)
      await enqueueAssignmentNotice(trx, newId, request.id, input.organizationId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'front_door.request_assign',
      resourceType: 'front_door_request',
      resourceId: request.id,
      requestId: ctx.requestId,
      details: {
        asProposed: input.organizationId === request.proposedOrganizationId,
        reassigned: request.assignedOrganizationId !== null && changed,
        note: input.note ? 1 : 0,
      },
    });
    const updated = await repo.find(request.id);
    if (!updated) throw frontDoorErrors.requestNotFound();
    return viewOf(actor, deps.keyRing, updated, await requestNames(trx, [updated], ctx.locale));
  },
);
