/**
 * An appointment is scheduled, then held, missed (the person did not come) or cancelled. Held and
 * missed may be corrected into each other (a mark put on the wrong line), which the use case audits
 * as a correction; a cancelled appointment is final (schedule a new one instead), and an appointment
 * that took place or was missed cannot be cancelled afterwards.
 */
export const appointmentStatuses = ['scheduled', 'held', 'missed', 'cancelled'] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

export const appointmentModes = ['in_person', 'phone', 'video'] as const;
export type AppointmentMode = (typeof appointmentModes)[number];

export type StatusChangeRefusal =
  | 'cancelled_is_final'
  | 'not_started_yet'
  | 'already_took_place'
  | 'not_allowed';

export type StatusChange =
  | { allowed: true; changed: false }
  | { allowed: true; changed: true; correction: boolean }
  | { allowed: false; reason: StatusChangeRefusal };

/** Whether `from` may become `to` at `now` for an appointment starting at `startsAt` (ISO instants). */
export function decideStatusChange(
  from: AppointmentStatus,
  to: AppointmentStatus,
  timing: { startsAt: string; now: string },
): StatusChange {
  if (from === to) return { allowed: true, changed: false };
  if (from === 'cancelled') return { allowed: false, reason: 'cancelled_is_final' };
  if (to === 'scheduled') return { allowed: false, reason: 'not_allowed' };
  if (to === 'cancelled')
    return from === 'scheduled'
      ? { allowed: true, changed: true, correction: false }
      : { allowed: false, reason: 'already_took_place' };
  // Held or missed: only once the appointment has begun.
  if (Date.parse(timing.now) < Date.parse(timing.startsAt))
    return { allowed: false, reason: 'not_started_yet' };
  return { allowed: true, changed: true, correction: from !== 'scheduled' };
}

/** Only a scheduled appointment can be moved; its participants then receive an update. */
export function canReschedule(status: AppointmentStatus): boolean {
  return status === 'scheduled';
}
