import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { visibleStay } from './stay-access.js';

/** Removes a programme item of a planned stay: only the organization that added it. */
export const removeProgrammeItem = defineUseCase(
  z.object({ stayId: z.uuid(), itemId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const { row } = await visibleStay(trx, actor, input.stayId, true);
    const repo = regionsRepository(trx);
    const item = await repo.findItem(input.itemId, row.id);
    if (!item || item.addedByOrganizationId !== actor.organizationId) throw regionErrors.itemNotFound();
    if (!stayAllows(row.status, 'add_item')) throw regionErrors.notAllowedNow();
    await repo.deleteItem(item.id, row.id);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.programme.remove',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: {},
    });
    return undefined;
  },
);
