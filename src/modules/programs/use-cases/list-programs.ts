import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { presentProgramSummary } from './present-program.js';

/** Every staff member (funders included) may see which programs their organization takes part in. */
export const listPrograms = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  const programs = await programsRepository(trx).visiblePrograms(actor.organizationId, [
    ...new Set([...actor.consortiumIds, ...actor.coordinatedConsortiumIds]),
  ]);
  return { items: programs.map((p) => presentProgramSummary(p, actor, ctx.locale)) };
});
