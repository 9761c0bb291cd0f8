import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The follow-up module's SQL for the person's rights: appointments and notes, and their anonymization. */
export function followUpPersonDataRepository(db: Executor) {
  return {
    async appointmentsAndNotes(organizationId: string, personId: string) {
      const [appointments, notes] = await Promise.all([
        db
          .selectFrom('appointments')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('person_id', '=', personId)
          .orderBy('starts_at')
          .execute(),
        db
          .selectFrom('follow_up_notes')
          .selectAll()
          .where('organization_id', '=', organizationId)
          .where('person_id', '=', personId)
          .orderBy('occurred_at')
          .execute(),
      ]);
      return { appointments, notes };
    },
    /**
     * Notes keep their kind, date, time spent and author (contacts and the intensity rule count
     * them) and lose their text; appointments keep status and dates and lose place, link and notes.
     */
    async anonymize(organizationId: string, personId: string, options: { notesBefore?: Date } = {}) {
      const notes = await db
        .updateTable('follow_up_notes')
        .set({ body: '', document_ids: [] })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('body', '<>', '')
        .$if(options.notesBefore !== undefined, (q) => q.where('occurred_at', '<', options.notesBefore!))
        .executeTakeFirst();
      const appointments = await db
        .updateTable('appointments')
        .set((eb) => ({
          outcome_note: null,
          cancel_reason: null,
          place: null,
          // A video appointment keeps a link (a constraint), but not the meeting's.
          meeting_link: eb.case().when('mode', '=', 'video').then('about:blank').else(null).end(),
        }))
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .$if(options.notesBefore !== undefined, (q) =>
          q.where('starts_at', '<', options.notesBefore!).where('status', '<>', 'scheduled'),
        )
        .where((eb) =>
          eb.or([
            eb('outcome_note', 'is not', null),
            eb('cancel_reason', 'is not', null),
            eb('place', 'is not', null),
            eb.and([eb('meeting_link', 'is not', null), eb('meeting_link', '<>', 'about:blank')]),
          ]),
        )
        .executeTakeFirst();
      return { notes: Number(notes.numUpdatedRows), appointments: Number(appointments.numUpdatedRows) };
    },
    /** Organizations' closed appointments (held, missed, cancelled) before `before` that still hold notes. */
    async peopleWithClosedAppointmentNotesBefore(organizationId: string, before: Date): Promise<string[]> {
      const [fromAppointments, fromNotes] = await Promise.all([
        db
          .selectFrom('appointments')
          .select('person_id')
          .distinct()
          .where('organization_id', '=', organizationId)
          .where('status', '<>', 'scheduled')
          .where('starts_at', '<', before)
          .where((eb) => eb.or([eb('outcome_note', 'is not', null), eb('cancel_reason', 'is not', null)]))
          .execute(),
        db
          .selectFrom('follow_up_notes')
          .select('person_id')
          .distinct()
          .where('organization_id', '=', organizationId)
          .where('occurred_at', '<', before)
          .where('body', '<>', '')
          .execute(),
      ]);
      return [...new Set([...fromAppointments, ...fromNotes].map((r) => r.person_id))].sort();
    },
  };
}
