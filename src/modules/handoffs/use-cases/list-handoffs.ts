import { handoffsQuery } from '../../../contracts/handoffs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { auditIdentityReads } from './audit-identity-reads.js';
import { handoffRoles } from './handoff-access.js';
import { type IdentityRead, presentHandoffs } from './present-handoffs.js';

/**
 * The organization's hand-offs received (to take over) or sent, open ones the longest waiting first.
 * A person a receiver knows only through their consent is named here: audited under that consent.
 */
export const listHandoffs = defineUseCase(handoffsQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, handoffRoles);
  const rows = await handoffsRepository(trx).list(actor.organizationId, input.direction, input.status);
  const reads: IdentityRead[] = [];
  const items = await presentHandoffs(trx, actor.organizationId, rows, now, reads);
  await auditIdentityReads(audit, { actor, requestId: ctx.requestId, kind: 'list', reads });
  return { items };
});
