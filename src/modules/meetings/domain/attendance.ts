import type { AttendanceStatus } from './vocabulary.js';

/**
 * People present for an invited organization: its staff who attended and its guests, counted only when
 * the organization is marked present (an organization excused or absent sent nobody, whatever was
 * written before). Guests are one name each, so a guest counts one.
 */
export function peoplePresent(invitation: {
  attendance: AttendanceStatus | null;
  attendees: readonly unknown[];
  guests: readonly string[];
}): number {
  if (invitation.attendance !== 'present') return 0;
  return invitation.attendees.length + invitation.guests.length;
}
