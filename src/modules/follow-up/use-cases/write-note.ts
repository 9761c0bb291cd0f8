import { noteBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { notesRepository } from '../adapters/notes-repository.js';
import { followUpErrors } from '../errors.js';
import { checkDocuments, followedPerson, followUpRoles, visibleAppointment } from './follow-up-access.js';
import { noteTimelineEvent } from './note-timeline.js';

/** A note of what happened with the person; a confidential one is readable by its author and the referent only. */
export const writeNote = defineUseCase(noteBody, async ({ input, ctx, trx, now, newId, audit, timeline }) => {
  const actor = requireActor(ctx);
  requireRole(actor, followUpRoles);
  const person = await followedPerson(trx, actor, input.personId);
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > now.getTime()) throw followUpErrors.noteInFuture();
  if (input.appointmentId) {
    const appointment = await visibleAppointment(trx, actor, input.appointmentId);
    if (appointment.personId !== person.id) throw followUpErrors.appointmentOfOtherPerson();
  }
  await checkDocuments(trx, actor.organizationId, person.id, input.documentIds);
  const id = newId();
  const note = {
    id,
    organizationId: actor.organizationId,
    personId: person.id,
    kind: input.kind,
    occurredAt,
    minutesSpent: input.minutesSpent,
    body: input.body,
    confidential: input.confidential,
    authorUserId: actor.userId,
    appointmentId: input.appointmentId ?? null,
    documentIds: [...new Set(input.documentIds)],
  };
  await notesRepository(trx).insert(note, now);
  await timeline.publish(noteTimelineEvent(note, person.referentUserId));
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'note.create',
    resourceType: 'note',
    resourceId: id,
    personId: person.id,
    requestId: ctx.requestId,
    details: { kind: input.kind, confidential: input.confidential, documents: note.documentIds.length },
  });
  return { id };
});
