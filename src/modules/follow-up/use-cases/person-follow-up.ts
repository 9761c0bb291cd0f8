import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { filesMergedInto, type MergedFileRef } from '../../people/api.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { notesRepository } from '../adapters/notes-repository.js';
import { editsNote, followedPerson, followUpRoles, readsConfidential } from './follow-up-access.js';
import { presentAppointments } from './present-appointments.js';

const fileRef = (file: MergedFileRef | undefined) =>
  file ? { personId: file.personId, givenName: file.givenName, familyName: file.familyName } : null;

/**
 * A person's appointments and notes. A confidential note shows its text only to its author and the
 * person's referent; others see that it exists (kind, date, time spent, author), which tells them to
 * ask rather than to think nothing happened. A kept file also lists the appointments and notes of the
 * files merged into it (docs/duplicates.md), latest first across files, each marked with its file and
 * read-only here (changed on that file); a merged file's confidential note follows that file's referent.
 * The read is audited on the kept file and on each merged file whose records were shown.
 */
export const personFollowUp = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const person = await followedPerson(trx, actor, input.personId);
    const merged = await filesMergedInto(trx, actor.organizationId, person.id);
    const origins = new Map(merged.map((m) => [m.personId, m]));
    const referentOf = new Map<string, string | null>([[person.id, person.referentUserId]]);
    for (const file of merged)
      referentOf.set(file.personId, (await followedPerson(trx, actor, file.personId)).referentUserId);
    const files = [person.id, ...origins.keys()];
    const [appointments, notes] = await Promise.all([
      appointmentsRepository(trx).ofPeople(actor.organizationId, files),
      notesRepository(trx).ofPeople(actor.organizationId, files),
    ]);
    const authors = await accountsApi(trx).displayNames(notes.map((n) => n.authorUserId));
    const reads = (n: (typeof notes)[number]) =>
      readsConfidential(actor, n, referentOf.get(n.personId) ?? null);
    for (const file of files) {
      const [fileAppointments, fileNotes] = [
        appointments.filter((a) => a.personId === file).length,
        notes.filter((n) => n.personId === file),
      ];
      const kept = file === person.id;
      if (!kept && fileAppointments + fileNotes.length === 0) continue;
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'follow_up.read',
        resourceType: 'person',
        resourceId: file,
        personId: file,
        requestId: ctx.requestId,
        details: {
          appointments: fileAppointments,
          notes: fileNotes.length,
          confidentialHidden: fileNotes.filter((n) => !reads(n)).length,
          ...(kept ? (merged.length > 0 ? { mergedFiles: merged.length } : {}) : { via: 'kept_file' }),
        },
      });
    }
    const presented = await presentAppointments(trx, actor.organizationId, appointments);
    return {
      appointments: presented.map((a) => ({ ...a, fromMergedFile: fileRef(origins.get(a.personId)) })),
      notes: notes.map((n) => {
        const fromMergedFile = fileRef(origins.get(n.personId));
        return {
          id: n.id,
          personId: n.personId,
          kind: n.kind,
          occurredAt: n.occurredAt.toISOString(),
          minutesSpent: n.minutesSpent,
          confidential: n.confidential,
          body: reads(n) ? n.body : null,
          documentIds: reads(n) ? n.documentIds : [],
          authorUserId: n.authorUserId,
          authorName: authors.get(n.authorUserId) ?? '',
          appointmentId: n.appointmentId,
          updatedAt: n.updatedAt.toISOString(),
          // A merged file's note is edited on that file, where it stays.
          canEdit: fromMergedFile === null && editsNote(actor, n, person.referentUserId),
          fromMergedFile,
        };
      }),
      referentUserId: person.referentUserId,
    };
  },
);
