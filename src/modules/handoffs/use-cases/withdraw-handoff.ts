import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffToDecide } from './handoff-access.js';

/** The sender takes back a proposal the receiver has not answered: nothing changes for the person. */
export const withdrawHandoff = defineUseCase(
  z.object({ handoffId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const row = await handoffToDecide(trx, actor, input.handoffId, 'withdraw');
    await handoffsRepository(trx).withdraw(row.id, actor.userId, now);
    const receiver = await organizationsApi(trx).findOrganization(row.receiver_organization_id);
    await timeline.publish({
      organizationId: row.organization_id,
      personId: row.person_id,
      occurredAt: now,
      module: 'handoffs',
      kind: 'handoff.withdrawn',
      resourceType: 'handoff',
      resourceId: row.id,
      data: { organizationName: receiver?.name ?? '' },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'handoff.withdraw',
      resourceType: 'handoff',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: {},
    });
    return undefined;
  },
);
