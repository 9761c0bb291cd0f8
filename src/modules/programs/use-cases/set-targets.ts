import { z } from 'zod';
import { targetInput } from '../../../contracts/programs.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { participatingOrganizations, programToConfigure } from './program-access.js';

export const setTargetsInput = z.object({
  programId: z.uuid(),
  targets: z.array(targetInput).max(200),
});

export const setTargets = defineUseCase(setTargetsInput, async ({ input, ctx, trx, newId, audit }) => {
  const program = await programToConfigure(trx, ctx, input.programId);
  const participants = new Set((await participatingOrganizations(trx, program)).map((o) => o.id));
  for (const target of input.targets) {
    if (target.memberOrganizationId && !participants.has(target.memberOrganizationId)) {
      throw programErrors.organizationNotInProgram();
    }
    if (target.periodEnd < target.periodStart) {
      throw commonErrors.validation({}, [
        { path: 'targets.periodEnd', message: 'periodEnd is before periodStart' },
      ]);
    }
  }
  await programsRepository(trx).replaceTargets(
    program.id,
    program.organizationId,
    input.targets.map((t) => ({ ...t, id: newId() })),
  );
  await audit.record({
    actorUserId: ctx.actor?.userId ?? null,
    organizationId: ctx.actor?.organizationId ?? null,
    subjectOrganizationId: program.organizationId,
    action: 'program.set_targets',
    resourceType: 'program',
    resourceId: program.id,
    requestId: ctx.requestId,
    details: { targets: input.targets.length },
  });
  return { count: input.targets.length };
});
