import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { filesMergedInto, personSummary } from '../../people/api.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';

const fileOf = (file: { personId: string; givenName: string; familyName: string } | undefined) =>
  file ? { personId: file.personId, givenName: file.givenName, familyName: file.familyName } : null;

export const personEnrolments = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, personDataRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw programErrors.personNotFound();
    // A kept file lists the enrolments of the files merged into it too, each with its file (read-only).
    const merged = await filesMergedInto(trx, actor.organizationId, input.personId);
    const origins = new Map(merged.map((m) => [m.personId, m]));
    const rows = await programsRepository(trx).enrolmentsOfPeople(actor.organizationId, [
      input.personId,
      ...origins.keys(),
    ]);
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
    for (const file of merged) {
      const shown = rows.filter((r) => r.personId === file.personId).length;
      if (shown > 0)
        await audit.record({
          actorUserId: actor.userId,
          organizationId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          action: 'person.enrolments_read',
          resourceType: 'person',
          resourceId: file.personId,
          personId: file.personId,
          requestId: ctx.requestId,
          details: { via: 'kept_file', enrolments: shown },
        });
    }
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
        fromMergedFile: fileOf(origins.get(r.personId)),
      })),
    };
  },
);
