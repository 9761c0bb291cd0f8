import { z } from 'zod';
import { noteChangesBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { notesRepository } from '../adapters/notes-repository.js';
import { followUpErrors } from '../errors.js';
import { checkDocuments, editsNote, followedPerson, followUpRoles } from './follow-up-access.js';

/** Its author or the person's referent edits a note; the audit keeps which fields changed, not their values. */
export const editNote = defineUseCase(
  noteChangesBody.extend({ noteId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const repo = notesRepository(trx);
    const note = await repo.find(input.noteId, true);
    if (!note || note.organizationId !== actor.organizationId) throw followUpErrors.noteNotFound();
    const person = await followedPerson(trx, actor, note.personId);
    if (!editsNote(actor, note, person.referentUserId)) throw followUpErrors.notAuthor();
    // Documents already attached stay attached even if deleted since; new ones must be in the file.
    await checkDocuments(
      trx,
      actor.organizationId,
      note.personId,
      input.documentIds.filter((d) => !note.documentIds.includes(d)),
    );
    const occurredAt = new Date(input.occurredAt);
    if (occurredAt.getTime() > now.getTime()) throw followUpErrors.noteInFuture();
    const changes = {
      kind: input.kind,
      occurredAt,
      minutesSpent: input.minutesSpent,
      body: input.body,
      confidential: input.confidential,
      documentIds: [...new Set(input.documentIds)],
    };
    const changed = Object.entries(changes)
      .filter(([field, value]) => {
        const before = note[field as keyof typeof changes];
        return value instanceof Date
          ? value.getTime() !== (before as Date).getTime()
          : JSON.stringify(value) !== JSON.stringify(before);
      })
      .map(([field]) => field);
    await repo.update(note.id, changes, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'note.update',
      resourceType: 'note',
      resourceId: note.id,
      personId: note.personId,
      requestId: ctx.requestId,
      details: { fields: changed },
    });
    return { id: note.id };
  },
);
