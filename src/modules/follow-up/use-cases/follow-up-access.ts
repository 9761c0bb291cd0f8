import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { documentBelongsTo } from '../../documents/api.js';
import { personSummaryWithReferent } from '../../people/api.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { followUpErrors } from '../errors.js';

/** Who schedules appointments and writes notes: staff who work with people's files (not administrators). */
export { followUpRoles } from '../../../core/auth/roles.js';

/** The person as followed by the actor's organization, with their referent; not found otherwise. */
export async function followedPerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummaryWithReferent(db, personId, actor.organizationId);
  if (!person) throw followUpErrors.personNotFound();
  return person;
}

export async function visibleAppointment(db: Executor, actor: Actor, appointmentId: string, lock = false) {
  const appointment = await appointmentsRepository(db).find(appointmentId, lock);
  if (!appointment || appointment.organizationId !== actor.organizationId)
    throw followUpErrors.appointmentNotFound();
  return appointment;
}

/**
 * Who may read a confidential note: its author and the person's referent (the staff member who
 * follows them). Everyone else who may see the file sees that the note exists, its kind, date and
 * time spent, never its text.
 */
export function readsConfidential(
  actor: Pick<Actor, 'userId'>,
  note: { confidential: boolean; authorUserId: string },
  referentUserId: string | null,
): boolean {
  return !note.confidential || note.authorUserId === actor.userId || referentUserId === actor.userId;
}

/** Who may edit a note: its author or the person's referent. */
export function editsNote(
  actor: Pick<Actor, 'userId'>,
  note: { authorUserId: string },
  referentUserId: string | null,
) {
  return note.authorUserId === actor.userId || referentUserId === actor.userId;
}

/** Attached documents must be live documents of the person's file in the organization. */
export async function checkDocuments(
  db: Executor,
  organizationId: string,
  personId: string,
  ids: readonly string[],
) {
  for (const id of ids)
    if (!(await documentBelongsTo(db, id, organizationId, personId))) throw followUpErrors.documentNotFound();
}
