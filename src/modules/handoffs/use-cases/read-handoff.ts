import { z } from 'zod';
import type { HandoffView } from '../../../contracts/handoffs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffErrors } from '../errors.js';
import { handoffRoles, sideOf } from './handoff-access.js';
import { presentHandoffs } from './present-handoffs.js';

/**
 * One hand-off the organization sent or received. A receiver reading a proposal reads who the person
 * is under their consent: audited as such, the person's organization as its subject.
 */
export const readHandoff = defineUseCase(
  z.object({ handoffId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<HandoffView> => {
    const actor = requireActor(ctx);
    requireRole(actor, handoffRoles);
    const row = await handoffsRepository(trx).findFor(input.handoffId, actor.organizationId);
    if (!row) throw handoffErrors.handoffNotFound();
    const [view] = await presentHandoffs(trx, actor.organizationId, [row], now);
    if (sideOf(row, actor.organizationId) === 'receiver' && view?.person && !view.receiverPersonId)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: row.organization_id,
        action: 'handoff.read',
        resourceType: 'handoff',
        resourceId: row.id,
        personId: row.person_id,
        requestId: ctx.requestId,
        details: { sections: ['identity'] },
      });
    return view as HandoffView;
  },
);
