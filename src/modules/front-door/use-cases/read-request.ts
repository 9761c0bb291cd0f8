import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { queueRoles, visibleRequest } from './request-access.js';
import { requestNames, viewOf } from './request-view.js';

/** One request, for the coordination of its consortium or the member it is assigned to; audited. */
export const readFrontDoorRequest = defineUseCase(
  z.object({ requestId: z.uuid() }),
  async ({ input, ctx, trx, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, queueRoles);
    const request = await visibleRequest(trx, actor, input.requestId);
    const view = viewOf(actor, deps.keyRing, request, await requestNames(trx, [request], ctx.locale));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'front_door.request_read',
      resourceType: 'front_door_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
      details: { statusShown: view.statusShown },
    });
    return view;
  },
);
