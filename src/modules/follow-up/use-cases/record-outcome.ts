import { z } from 'zod';
import { outcomeBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { statusChangeOrThrow, statusTimelineEvent } from './change-appointment-status.js';
import { followUpRoles, visibleAppointment } from './follow-up-access.js';

/** Held or missed, once the appointment has begun; changing one into the other is an audited correction. */
export const recordOutcome = defineUseCase(
  outcomeBody.extend({ appointmentId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const appointment = await visibleAppointment(trx, actor, input.appointmentId, true);
    const decision = statusChangeOrThrow(appointment, input.status, now);
    if (!decision.changed && input.outcomeNote === undefined)
      return { status: appointment.status, correction: false };
    await appointmentsRepository(trx).setStatus(appointment.id, {
      status: input.status,
      by: actor.userId,
      at: now,
      ...(input.outcomeNote !== undefined ? { outcomeNote: input.outcomeNote } : {}),
    });
    const correction = decision.changed && decision.correction;
    if (decision.changed) await timeline.publish(statusTimelineEvent(actor, appointment, input.status, now));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: appointment.organizationId,
      action: correction ? 'appointment.outcome_correction' : 'appointment.outcome',
      resourceType: 'appointment',
      resourceId: appointment.id,
      personId: appointment.personId,
      requestId: ctx.requestId,
      details: { from: appointment.status, to: input.status, outcomeNote: input.outcomeNote != null },
    });
    return { status: input.status, correction };
  },
);
