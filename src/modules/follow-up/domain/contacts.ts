import { dayInZone } from '../../../core/time-zone.js';
import type { AppointmentStatus } from './appointment-status.js';

export const noteKinds = [
  'individual_interview',
  'phone_call',
  'message',
  'home_visit',
  'partner_exchange',
] as const;
export type NoteKind = (typeof noteKinds)[number];

/** Notes of these kinds record an exchange with the person; a partner exchange is about them, not with them. */
export const contactNoteKinds: readonly NoteKind[] = [
  'individual_interview',
  'phone_call',
  'message',
  'home_visit',
];

/**
 * A contact is an exchange with the person: a held appointment, or a note of a contact kind. A note
 * written about a held appointment is part of that contact (counted once, on the appointment's day);
 * a note attached to a missed or cancelled appointment (a call after a no-show) is a contact of its own.
 */
export function isContactNote(note: {
  kind: NoteKind;
  appointmentStatus: AppointmentStatus | null;
}): boolean {
  return contactNoteKinds.includes(note.kind) && note.appointmentStatus !== 'held';
}

export function isContactAppointment(status: AppointmentStatus): boolean {
  return status === 'held';
}

/** The calendar day ('YYYY-MM-DD') a contact took place on where the organization works (its zone). */
export function dayOf(instant: Date | string, zone: string): string {
  return dayInZone(new Date(instant), zone);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const intensityWindowDays = 30;

/**
 * The intensity window of `today`: the 30 calendar days ending today, both ends included
 * (today − 29 … today). A contact dated today counts; one dated 30 days ago no longer does; days
 * after today (a note dated ahead by mistake) never count.
 */
export function intensityWindow(today: string): { from: string; to: string } {
  return { from: addDays(today, -(intensityWindowDays - 1)), to: today };
}

export function inWindow(day: string, window: { from: string; to: string }): boolean {
  return day >= window.from && day <= window.to;
}

/**
 * The intensity rule: a person whose program expects N contacts a month is below it when their
 * contacts in the window are fewer than N. No expectation, no flag.
 */
export function belowIntensity(contactsInWindow: number, expected: number | null): boolean {
  return expected !== null && contactsInWindow < expected;
}
