import { listFrontDoorRequestsQuery } from '../../../contracts/front-door.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { frontDoorRepository } from '../adapters/front-door-repository.js';
import { coordinationRoles, queueRoles } from './request-access.js';
import { requestNames, summaryOf } from './request-view.js';

/**
 * The queue: the coordination of a consortium sees every request of it; a member sees only those
 * assigned to it (never another member's). No status in the list.
 */
export const listFrontDoorRequests = defineUseCase(
  listFrontDoorRequestsQuery,
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, queueRoles);
    let owner: string | null = null;
    if (coordinationRoles.includes(actor.role) && actor.coordinatedConsortiumIds.length > 0) {
      const consortia = await organizationsApi(trx).consortiaOfOrganization(actor.organizationId);
      if (consortia.some((c) => c.coordinatingOrganizationId === actor.organizationId))
        owner = actor.organizationId;
    }
    const { rows, total } = await frontDoorRepository(trx).list(
      {
        ownerOrganizationId: owner,
        assignedOrganizationId: actor.organizationId,
        programId: input.programId,
        state: input.state,
      },
      input,
    );
    const names = await requestNames(trx, rows, ctx.locale);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'front_door.requests_list',
      resourceType: 'front_door_request',
      resourceId: null,
      requestId: ctx.requestId,
      details: { count: rows.length, total, page: input.page, state: input.state },
    });
    return {
      items: rows.map((row) => summaryOf(row, names)),
      page: input.page,
      pageSize: input.pageSize,
      total,
      coordinates: owner !== null,
    };
  },
);
