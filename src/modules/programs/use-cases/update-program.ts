import { z } from 'zod';
import { programPeriodInOrder, programSettingsFields } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { steers, visibleProgram } from './program-access.js';
import { programSettings } from './program-settings.js';

export const updateProgramInput = programSettingsFields
  .omit({ code: true, consortiumId: true })
  .extend({ programId: z.uuid() })
  .refine(...programPeriodInOrder);

/** Rules are replaced whole and validated; enrolments already made keep the evaluation they were made with. */
export const updateProgram = defineUseCase(updateProgramInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, programAdminRoles);
  const program = await visibleProgram(trx, actor, input.programId);
  if (!steers(actor, program)) throw programErrors.programNotFound();
  // Omitted, the expected intensity stays as it is (screens that edit other settings do not send it).
  await programsRepository(trx).updateProgram(
    program.id,
    { ...programSettings(input), expectedContactsPerMonth: input.expectedContactsPerMonth },
    now,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: program.organizationId,
    action: 'program.update',
    resourceType: 'program',
    resourceId: program.id,
    requestId: ctx.requestId,
    details: { rulesBefore: program.rules.length, rulesAfter: input.rules.length },
  });
  return { id: program.id };
});
