import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { stayAllows } from '../domain/stay-rules.js';
import { regionErrors } from '../errors.js';
import { regionNameOf } from './present-stays.js';
import { ownedStay } from './stay-access.js';

/** Cancels a planned stay; it stays on the file as cancelled (and out of the funnel's stays done). */
export const cancelStay = defineUseCase(
  z.object({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const row = await ownedStay(trx, actor, input.stayId);
    if (!stayAllows(row.status, 'cancel')) throw regionErrors.notAllowedNow();
    await regionsRepository(trx).updateStay(row.id, row.organization_id, { status: 'cancelled', now });
    await timeline.publish({
      organizationId: row.organization_id,
      personId: row.person_id,
      occurredAt: now,
      module: 'regions',
      kind: 'stay.cancelled',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      data: { regionName: await regionNameOf(trx, row), startsOn: row.starts_on },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'stay.cancel',
      resourceType: 'exploratory_stay',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: {},
    });
    return undefined;
  },
);
