import { z } from 'zod';
import { programSettingsBody } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { programAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { programSettings } from './program-settings.js';

export const createProgramInput = programSettingsBody.extend({
  /** Only the platform (demo loader, command line) names the owner; staff create for their organization. */
  ownerOrganizationId: z.uuid().optional(),
});
export type CreateProgramInput = z.input<typeof createProgramInput>;

export const createProgram = defineUseCase(
  createProgramInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    let ownerId: string;
    if (ctx.system && input.ownerOrganizationId) {
      ownerId = input.ownerOrganizationId;
    } else {
      const actor = requireActor(ctx);
      requireRole(actor, programAdminRoles);
      ownerId = actor.organizationId;
      if (input.consortiumId && !actor.coordinatedConsortiumIds.includes(input.consortiumId)) {
        throw programErrors.organizationNotInProgram();
      }
    }
    if (input.consortiumId) {
      const consortium = await organizationsApi(trx).findConsortium(input.consortiumId);
      if (!consortium || consortium.coordinatingOrganizationId !== ownerId)
        throw programErrors.organizationNotInProgram();
    }
    const programs = programsRepository(trx);
    if (await programs.codeInUse(ownerId, input.code)) throw programErrors.codeTaken({ code: input.code });
    const id = newId();
    const inserted = await programs.insertProgram(
      {
        id,
        organizationId: ownerId,
        consortiumId: input.consortiumId ?? null,
        code: input.code,
        ...programSettings(input),
      },
      now,
    );
    if (!inserted) throw programErrors.codeTaken({ code: input.code });
    await audit.record({
      actorUserId: ctx.actor?.userId ?? null,
      organizationId: ctx.actor?.organizationId ?? null,
      subjectOrganizationId: ownerId,
      action: 'program.create',
      resourceType: 'program',
      resourceId: id,
      requestId: ctx.requestId,
      details: { rules: input.rules.length },
    });
    return { id };
  },
);
