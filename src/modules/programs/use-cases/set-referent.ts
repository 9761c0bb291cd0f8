import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { type ProgramRecord, programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { participatingOrganizations, steers, visibleProgram } from './program-access.js';

export const setReferentInput = z.object({ programId: z.uuid(), organizationId: z.uuid(), userId: z.uuid() });

/**
 * One referent per organization taking part. Whoever steers the program names any of them; a member
 * organization's director names its own.
 */
export const setReferent = defineUseCase(setReferentInput, async ({ input, ctx, trx, now, audit }) => {
  let program: ProgramRecord;
  if (ctx.system) {
    const found = await programsRepository(trx).findProgram(input.programId);
    if (!found) throw programErrors.programNotFound();
    program = found;
  } else {
    const actor = requireActor(ctx);
    requireRole(actor, programAdminRoles);
    program = await visibleProgram(trx, actor, input.programId);
    if (!steers(actor, program) && input.organizationId !== actor.organizationId)
      throw programErrors.programNotFound();
  }
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
