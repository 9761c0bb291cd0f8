import type { Actor } from '../../../core/auth/actor.js';
import type { AppointmentRecord } from '../adapters/appointments-repository.js';
import { type AppointmentStatus, decideStatusChange } from '../domain/appointment-status.js';
import { followUpErrors } from '../errors.js';

/** The domain's decision, or the error that tells the user why not. */
export function statusChangeOrThrow(appointment: AppointmentRecord, to: AppointmentStatus, now: Date) {
  const decision = decideStatusChange(appointment.status, to, {
    startsAt: appointment.startsAt.toISOString(),
    now: now.toISOString(),
  });
  if (decision.allowed) return decision;
  switch (decision.reason) {
    case 'cancelled_is_final':
      throw followUpErrors.cancelledIsFinal();
    case 'not_started_yet':
      throw followUpErrors.notStartedYet();
    case 'already_took_place':
      throw followUpErrors.alreadyTookPlace();
    default:
      throw followUpErrors.notAllowed();
  }
}

/** Held and missed are dated by the appointment; a cancellation by when it was decided. */
export function statusTimelineEvent(
  actor: Actor,
  appointment: AppointmentRecord,
  status: 'held' | 'missed' | 'cancelled',
  now: Date,
) {
  return {
    organizationId: appointment.organizationId,
    personId: appointment.personId,
    occurredAt: status === 'cancelled' ? now : appointment.startsAt,
    module: 'follow-up',
    kind: `appointment.${status}`,
    resourceType: 'appointment',
    resourceId: appointment.id,
    data: { mode: appointment.mode, startsAt: appointment.startsAt.toISOString() },
    recordedBy: actor.userId,
  };
}
