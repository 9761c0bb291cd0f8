import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { participatingOrganizations, programToConfigure } from './program-access.js';

export const setReferentInput = z.object({ programId: z.uuid(), organizationId: z.uuid(), userId: z.uuid() });

/**
 * One referent per organization taking part. Whoever steers the program names any of them; a member
 * organization's director names its own.
 */
export const setReferent = defineUseCase(setReferentInput, async ({ input, ctx, trx, now, audit }) => {
  const program = await programToConfigure(trx, ctx, input.programId, input.organizationId);
  const participants = await participatingOrganizations(trx, program);
  if (!participants.some((o) => o.id === input.organizationId))
    throw programErrors.organizationNotInProgram();
  const staff = await organizationsApi(trx).staffOfOrganization(input.organizationId);
  if (!staff.some((s) => s.userId === input.userId)) throw programErrors.referentNotStaff();
  await programsRepository(trx).setReferent(program.id, input.organizationId, input.userId, now);
  await audit.record({
    actorUserId: ctx.actor?.userId ?? null,
    organizationId: ctx.actor?.organizationId ?? null,
    subjectOrganizationId: input.organizationId,
    action: 'program.set_referent',
    resourceType: 'program',
    resourceId: program.id,
    requestId: ctx.requestId,
    details: { referentUserId: input.userId },
  });
  return { ok: true as const };
});
