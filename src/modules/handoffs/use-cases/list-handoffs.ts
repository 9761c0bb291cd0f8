import { handoffsQuery } from '../../../contracts/handoffs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffRoles } from './handoff-access.js';
import { presentHandoffs } from './present-handoffs.js';

/** The organization's hand-offs received (to take over) or sent, open ones the longest waiting first. */
export const listHandoffs = defineUseCase(handoffsQuery, async ({ input, ctx, trx, now }) => {
  const actor = requireActor(ctx);
  requireRole(actor, handoffRoles);
  const rows = await handoffsRepository(trx).list(actor.organizationId, input.direction, input.status);
  return { items: await presentHandoffs(trx, actor.organizationId, rows, now) };
});
