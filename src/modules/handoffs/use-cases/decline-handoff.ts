import { z } from 'zod';
import { declineHandoffBody } from '../../../contracts/handoffs.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffToDecide } from './handoff-access.js';

/**
 * The receiver declines with a coded reason (and a note for the sender): the sender keeps the
 * accompaniment and its file tells why.
 */
export const declineHandoff = defineUseCase(
  declineHandoffBody.extend({ handoffId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const row = await handoffToDecide(trx, actor, input.handoffId, 'decline');
    await handoffsRepository(trx).decline(row.id, {
      decidedBy: actor.userId,
      now,
      reason: input.reason,
      note: input.note ?? null,
    });
    const receiver = await organizationsApi(trx).findOrganization(row.receiver_organization_id);
    await timeline.publish({
      organizationId: row.organization_id,
      personId: row.person_id,
      occurredAt: now,
      module: 'handoffs',
      kind: 'handoff.declined',
      resourceType: 'handoff',
      resourceId: row.id,
      data: { organizationName: receiver?.name ?? '', declineReason: input.reason },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: row.organization_id,
      action: 'handoff.decline',
      resourceType: 'handoff',
      resourceId: row.id,
      personId: row.person_id,
      requestId: ctx.requestId,
      details: { reason: input.reason },
    });
    return undefined;
  },
);
