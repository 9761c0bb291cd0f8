import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programForFigures } from '../../programs/api.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachFigures } from '../domain/outreach-figures.js';
import { outreachErrors } from '../errors.js';
import { outreachRoles } from './lead-access.js';

/**
 * A program's repérage over a period, counted from the leads that name it: the reader's organization's
 * own, or every member's for those who steer the program. Figures only, no one named — for the staff
 * who do the repérage; funders read the program's reports, whose small cells are suppressed.
 */
export const programOutreachFigures = defineUseCase(
  z.object({ programId: z.uuid(), from: z.iso.date(), to: z.iso.date() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const program = await programForFigures(trx, actor, input.programId);
    if (!program) throw outreachErrors.programNotFound();
    const organizationIds = program.steers ? program.organizations.map((o) => o.id) : [actor.organizationId];
    const leads = await leadsRepository(trx).factsOfProgram(program.id, organizationIds);
    return {
      ...outreachFigures(leads, { from: input.from, to: input.to }),
      scope: program.steers ? ('program' as const) : ('organization' as const),
    };
  },
);
