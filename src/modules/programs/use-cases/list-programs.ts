import { z } from 'zod';
import { pageOf } from '../../../contracts/define.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { presentProgramSummary } from './present-program.js';

/** Every staff member (funders included) may see which programs their organization takes part in. */
export const listPrograms = defineUseCase(
  z.object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(100),
  }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    const programs = await programsRepository(trx).visiblePrograms(actor.organizationId, [
      ...new Set([...actor.consortiumIds, ...actor.coordinatedConsortiumIds]),
    ]);
    const rows = programs.map((p) => presentProgramSummary(p, actor, ctx.locale));
    return pageOf(rows, input.page, input.pageSize);
  },
);
