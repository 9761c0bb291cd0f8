import { z } from 'zod';
import type { HandoffView } from '../../../contracts/handoffs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffErrors } from '../errors.js';
import { auditIdentityReads } from './audit-identity-reads.js';
import { handoffRoles } from './handoff-access.js';
import { type IdentityRead, presentHandoffs } from './present-handoffs.js';

/**
 * One hand-off the organization sent or received. A receiver reading a proposal reads who the person
 * is under their consent: audited under it, the person's organization as its subject.
 */
export const readHandoff = defineUseCase(
  z.object({ handoffId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<HandoffView> => {
    const actor = requireActor(ctx);
    requireRole(actor, handoffRoles);
    const row = await handoffsRepository(trx).findFor(input.handoffId, actor.organizationId);
    if (!row) throw handoffErrors.handoffNotFound();
    const reads: IdentityRead[] = [];
    const [view] = await presentHandoffs(trx, actor.organizationId, [row], now, reads);
    await auditIdentityReads(audit, { actor, requestId: ctx.requestId, kind: 'read', reads });
    return view as HandoffView;
  },
);
