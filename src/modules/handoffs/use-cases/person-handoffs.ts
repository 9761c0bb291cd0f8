import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { handoffsRepository } from '../adapters/handoffs-repository.js';
import { handoffErrors } from '../errors.js';
import { handoffRoles } from './handoff-access.js';
import { presentHandoffs } from './present-handoffs.js';

/** The hand-offs of one of the organization's files: proposed from it, or through which it came. */
export const personHandoffs = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, handoffRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw handoffErrors.personNotFound();
    const rows = await handoffsRepository(trx).ofFile(actor.organizationId, input.personId);
    return { items: await presentHandoffs(trx, actor.organizationId, rows, now) };
  },
);
