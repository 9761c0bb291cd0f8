import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { notesRepository } from '../adapters/notes-repository.js';
import { editsNote, followedPerson, followUpRoles, readsConfidential } from './follow-up-access.js';
import { presentAppointments } from './present-appointments.js';

/**
 * A person's appointments and notes. A confidential note shows its text only to its author and the
 * person's referent; others see that it exists (kind, date, time spent, author), which tells them to
 * ask rather than to think nothing happened.
 */
export const personFollowUp = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const person = await followedPerson(trx, actor, input.personId);
    const [appointments, notes] = await Promise.all([
      appointmentsRepository(trx).ofPerson(actor.organizationId, person.id),
      notesRepository(trx).ofPerson(actor.organizationId, person.id),
    ]);
    const authors = await accountsApi(trx).displayNames(notes.map((n) => n.authorUserId));
    const hidden = notes.filter((n) => !readsConfidential(actor, n, person.referentUserId)).length;
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'follow_up.read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { appointments: appointments.length, notes: notes.length, confidentialHidden: hidden },
    });
    return {
      appointments: await presentAppointments(trx, actor.organizationId, appointments),
      notes: notes.map((n) => ({
        id: n.id,
        personId: n.personId,
        kind: n.kind,
        occurredAt: n.occurredAt.toISOString(),
        minutesSpent: n.minutesSpent,
        confidential: n.confidential,
        body: readsConfidential(actor, n, person.referentUserId) ? n.body : null,
        documentIds: readsConfidential(actor, n, person.referentUserId) ? n.documentIds : [],
        authorUserId: n.authorUserId,
        authorName: authors.get(n.authorUserId) ?? '',
        appointmentId: n.appointmentId,
        updatedAt: n.updatedAt.toISOString(),
        canEdit: editsNote(actor, n, person.referentUserId),
      })),
      referentUserId: person.referentUserId,
    };
  },
);
