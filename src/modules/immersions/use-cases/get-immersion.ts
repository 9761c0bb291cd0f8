import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { immersionActor, visibleImmersion } from './immersion-access.js';
import { immersionViews } from './immersion-views.js';

/** One immersion of a person the organization follows, as of today. Audited as a read of the file. */
export const getImmersion = defineUseCase(
  z.object({ immersionId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = immersionActor(ctx);
    const immersion = await visibleImmersion(trx, actor, input.immersionId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const [view] = await immersionViews(trx, actor.organizationId, [immersion], today);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'immersion.read',
      resourceType: 'immersion',
      resourceId: immersion.id,
      personId: immersion.personId,
      requestId: ctx.requestId,
    });
    return view!;
  },
);
