import { z } from 'zod';
import { endEnrolmentBody } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
import { closeEnrolment } from './close-enrolment.js';
import { enrolmentRoles } from './enrol-person.js';

export const endEnrolmentInput = endEnrolmentBody.extend({ enrolmentId: z.uuid() });

export const endEnrolment = defineUseCase(endEnrolmentInput, async ({ input, ctx, trx, audit, timeline }) => {
  const actor = requireActor(ctx);
  requireRole(actor, enrolmentRoles);
  const repo = programsRepository(trx);
  const enrolment = await repo.findEnrolment(input.enrolmentId);
  if (!enrolment || enrolment.organizationId !== actor.organizationId)
    throw programErrors.enrolmentNotFound();
  if (enrolment.status !== 'enrolled') throw programErrors.enrolmentAlreadyEnded();
  if (input.endedOn < enrolment.enrolledOn) {
    throw commonErrors.validation({}, [
      { path: 'endedOn', message: 'The end date is before the enrolment date' },
    ]);
  }
  await closeEnrolment(trx, timeline, enrolment, {
    status: input.status,
    endedOn: input.endedOn,
    reason: input.reason ?? null,
    recordedBy: actor.userId,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: `enrolment.${input.status === 'exited' ? 'exit' : 'withdraw'}`,
    resourceType: 'enrolment',
    resourceId: enrolment.id,
    personId: enrolment.personId,
    requestId: ctx.requestId,
  });
  return { ok: true as const };
});
