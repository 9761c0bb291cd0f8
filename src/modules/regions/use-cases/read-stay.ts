import { z } from 'zod';
import type { StayView } from '../../../contracts/regions.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { presentStay } from './present-stays.js';
import { visibleStay } from './stay-access.js';

/** One stay, for the household's organization or its host partner (names under consent only); audited. */
export const readStay = defineUseCase(
  z.object({ stayId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<StayView> => {
    const actor = requireActor(ctx);
    const stay = await visibleStay(trx, actor, input.stayId);
    const view = await presentStay(trx, { actor, requestId: ctx.requestId, audit, now }, stay);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: stay.row.organization_id,
      action: 'stay.read',
      resourceType: 'exploratory_stay',
      resourceId: stay.row.id,
      personId: stay.row.person_id,
      requestId: ctx.requestId,
      details: { side: stay.side, travellersNamed: view.travellers.filter((t) => t.named).length },
    });
    return view;
  },
);
