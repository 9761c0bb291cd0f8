import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';

export const personEnrolments = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw programErrors.personNotFound();
    const rows = await programsRepository(trx).enrolmentsOfPeople(actor.organizationId, [input.personId]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.enrolments_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        programId: r.programId,
        programName: ctx.locale === 'en' ? r.programNameEn : r.programNameFr,
        status: r.status,
        enrolledOn: r.enrolledOn,
        endedOn: r.endedOn,
        endReason: r.endReason,
        intakeSource: r.intakeSource,
        verdict: r.verdict,
        overridden: r.overrideJustification !== null,
      })),
    };
  },
);
