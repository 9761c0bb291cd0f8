import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { ownedStay } from './stay-access.js';

/** Removes a cost line entered by mistake. */
export const removeStayCost = defineUseCase(
  z.object({ stayId: z.uuid(), itemId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const row = await ownedStay(trx, actor, input.stayId);
    if (!stayAllows(row.status, 'add_cost')) throw regionErrors.notAllowedNow();
    if (!(await regionsRepository(trx).deleteCost(input.itemId, row.id))) throw regionErrors.itemNotFound();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.cost.remove',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: {},
    });
    return undefined;
  },
);
