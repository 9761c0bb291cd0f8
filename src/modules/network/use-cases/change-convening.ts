import { z } from 'zod';
import { conveningBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { networkErrors } from '../errors.js';
import { conveningFieldsOf, visibleConvening } from './convening-access.js';

/** Changes a convening; its capacity never goes below the registrations already taken. Audited. */
export const changeConvening = defineUseCase(
  z.object({ conveningId: z.uuid(), body: conveningBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const convening = await visibleConvening(trx, actor, input.conveningId, true);
    const fields = conveningFieldsOf(input.body);
    if (fields.capacity !== null && fields.capacity < convening.registered)
      throw networkErrors.capacityBelowRegistrations({ registered: convening.registered });
    await conveningsRepository(trx).updateConvening(convening.id, actor.organizationId, fields, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.convening_change',
      resourceType: 'network_convening',
      resourceId: convening.id,
      requestId: ctx.requestId,
      details: {
        fields: (Object.keys(fields) as (keyof typeof fields)[]).filter(
          (key) => JSON.stringify(fields[key]) !== JSON.stringify(convening[key]),
        ),
      },
    });
    return undefined;
  },
);
