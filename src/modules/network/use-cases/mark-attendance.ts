import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { attendanceMarks } from '../domain/vocabulary.js';
import { networkErrors } from '../errors.js';

/** Present or absent on the day (null clears a mark made by mistake); a second mark corrects the first. Audited. */
export const markAttendance = defineUseCase(
  z.object({ registrationId: z.uuid(), attendance: z.enum(attendanceMarks).nullable() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, networkRoles);
    const repo = conveningsRepository(trx);
    const registration = await repo.findRegistration(input.registrationId);
    if (!registration || registration.organizationId !== actor.organizationId)
      throw networkErrors.registrationNotFound();
    await repo.markAttendance(registration.id, actor.organizationId, input.attendance, actor.userId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.attendance_mark',
      resourceType: 'network_registration',
      resourceId: registration.id,
      requestId: ctx.requestId,
      details: {
        conveningId: registration.conveningId,
        mark: input.attendance,
        correction: registration.attendance !== null,
      },
    });
    return undefined;
  },
);
