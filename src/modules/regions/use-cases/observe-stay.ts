import { z } from 'zod';
import { hostObservationsBody } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { regionErrors } from '../errors.js';
import { visibleStay } from './stay-access.js';

/** The host partner's observations on a stay it hosts or that takes place in its region. */
export const observeStay = defineUseCase(
  hostObservationsBody.extend({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const { row, side } = await visibleStay(trx, actor, input.stayId, true);
    if (side !== 'host') throw regionErrors.hostOnly();
    if (row.status === 'cancelled') throw regionErrors.notAllowedNow();
    await regionsRepository(trx).updateStay(row.id, row.organization_id, {
      hostObservations: input.observations ?? null,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.observe',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { withObservations: Boolean(input.observations) },
    });
    return undefined;
  },
);
