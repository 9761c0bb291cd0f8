import { z } from 'zod';
import { rescheduleBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { canReschedule } from '../domain/appointment-status.js';
import { followUpErrors } from '../errors.js';
import { enqueueAppointmentMail } from '../jobs.js';
import { conflictsOf } from './appointment-participants.js';
import { followUpRoles, visibleAppointment } from './follow-up-access.js';

/** Moves a scheduled appointment; participants receive the update (same UID, next SEQUENCE). */
export const rescheduleAppointment = defineUseCase(
  rescheduleBody.extend({ appointmentId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const appointment = await visibleAppointment(trx, actor, input.appointmentId, true);
    if (appointment.status === 'cancelled') throw followUpErrors.cancelledIsFinal();
    if (!canReschedule(appointment.status)) throw followUpErrors.alreadyTookPlace();
    const repo = appointmentsRepository(trx);
    const startsAt = new Date(input.startsAt);
    await repo.reschedule(appointment.id, startsAt, input.durationMinutes);
    const staff = (await repo.participantsOf([appointment.id])).flatMap((p) =>
      p.kind === 'staff' ? [p.userId] : [],
    );
    const conflicts = await conflictsOf(
      trx,
      actor.organizationId,
      { id: appointment.id, startsAt, durationMinutes: input.durationMinutes },
      staff,
    );
    await enqueueAppointmentMail(
      trx,
      newId,
      { appointmentId: appointment.id, sequence: appointment.sequence + 1 },
      now,
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: appointment.organizationId,
      action: 'appointment.reschedule',
      resourceType: 'appointment',
      resourceId: appointment.id,
      personId: appointment.personId,
      requestId: ctx.requestId,
      details: { fields: ['startsAt', 'durationMinutes'], conflicts: conflicts.length },
    });
    return { id: appointment.id, conflicts };
  },
);
