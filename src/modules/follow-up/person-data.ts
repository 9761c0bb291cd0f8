/** The follow-up module's part in the person's rights (export, anonymization, retention), through `api.ts`. */
import type { Executor } from '../../core/db/types.js';
import { followUpPersonDataRepository } from './adapters/person-data-repository.js';

/**
 * The person's appointments and notes. A confidential note's text (and attached documents) only
 * when `reader` is its author or the person's referent, as on the file.
 */
export async function personDataFor(
  db: Executor,
  organizationId: string,
  personId: string,
  reader: { userId: string; referentUserId: string | null },
) {
  const { appointments, notes } = await followUpPersonDataRepository(db).appointmentsAndNotes(
    organizationId,
    personId,
  );
  const reads = (n: { confidential: boolean; author_user_id: string }) =>
    !n.confidential || n.author_user_id === reader.userId || reader.referentUserId === reader.userId;
  return {
    appointments: appointments.map((a) => ({
      id: a.id,
      programId: a.program_id,
      mode: a.mode,
      place: a.place,
      meetingLink: a.meeting_link,
      startsAt: a.starts_at.toISOString(),
      durationMinutes: a.duration_minutes,
      status: a.status,
      cancelReason: a.cancel_reason,
      outcomeNote: a.outcome_note,
    })),
    notes: notes.map((n) => ({
      id: n.id,
      kind: n.kind,
      occurredAt: n.occurred_at.toISOString(),
      minutesSpent: n.minutes_spent,
      confidential: n.confidential,
      authorUserId: n.author_user_id,
      appointmentId: n.appointment_id,
      body: reads(n) ? n.body : null,
      documentIds: reads(n) ? n.document_ids : [],
    })),
    confidentialHidden: notes.filter((n) => !reads(n)).length,
  };
}

/** Every appointment and note stays (contacts count them) without its text, place or link. */
export function anonymizePersonData(db: Executor, organizationId: string, personId: string) {
  return followUpPersonDataRepository(db).anonymize(organizationId, personId);
}

/** Removes the text of notes and closed appointments dated before `before` (retention of notes). */
export function eraseNotesBefore(db: Executor, organizationId: string, personId: string, before: Date) {
  return followUpPersonDataRepository(db).anonymize(organizationId, personId, { notesBefore: before });
}

/** People of the organization with notes or closed appointments' notes dated before `before`. */
export function peopleWithNotesBefore(db: Executor, organizationId: string, before: Date) {
  return followUpPersonDataRepository(db).peopleWithClosedAppointmentNotesBefore(organizationId, before);
}
