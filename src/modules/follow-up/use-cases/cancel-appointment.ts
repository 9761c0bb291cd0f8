import { z } from 'zod';
import { cancelBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { enqueueAppointmentMail } from '../jobs.js';
import { statusChangeOrThrow, statusTimelineEvent } from './change-appointment-status.js';
import { followUpRoles, visibleAppointment } from './follow-up-access.js';

/** Cancels a scheduled appointment; participants receive a CANCEL for the same event. Final. */
export const cancelAppointment = defineUseCase(
  cancelBody.extend({ appointmentId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const appointment = await visibleAppointment(trx, actor, input.appointmentId, true);
    const decision = statusChangeOrThrow(appointment, 'cancelled', now);
    if (!decision.changed) return { status: 'cancelled' as const };
    await appointmentsRepository(trx).setStatus(appointment.id, {
      status: 'cancelled',
      by: actor.userId,
      at: now,
      cancelReason: input.reason ?? null,
    });
    await enqueueAppointmentMail(
      trx,
      newId,
      { appointmentId: appointment.id, sequence: appointment.sequence + 1 },
      now,
    );
    await timeline.publish(statusTimelineEvent(actor, appointment, 'cancelled', now));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: appointment.organizationId,
      action: 'appointment.cancel',
      resourceType: 'appointment',
      resourceId: appointment.id,
      personId: appointment.personId,
      requestId: ctx.requestId,
      details: { reason: input.reason != null },
    });
    return { status: 'cancelled' as const };
  },
);
