import { z } from 'zod';
import { endEnrolmentBody } from '../../../contracts/programs.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { programsRepository } from '../adapters/programs-repository.js';
import { programErrors } from '../errors.js';
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
  await repo.endEnrolment(enrolment.id, input.status, input.endedOn, input.reason ?? null);
  const program = await repo.findProgram(enrolment.programId);
  // The reason is free text: the timeline says that the person left, the enrolment says why.
  await timeline.publish({
    organizationId: enrolment.organizationId,
    personId: enrolment.personId,
    ...onDay(input.endedOn),
    module: 'programs',
    kind: input.status === 'exited' ? 'enrolment.exited' : 'enrolment.withdrawn',
    resourceType: 'enrolment',
    resourceId: enrolment.id,
    data: { programNameFr: program?.nameFr ?? null, programNameEn: program?.nameEn ?? null },
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
