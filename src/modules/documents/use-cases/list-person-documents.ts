import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { filesMergedInto, type MergedFileRef } from '../../people/api.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { documentStaffRoles, mayHandleType, requireFollowedPerson } from './document-access.js';

const fileRef = (file: MergedFileRef | undefined) =>
  file ? { personId: file.personId, givenName: file.givenName, familyName: file.familyName } : null;

/**
 * The person's documents, newest first: their description only, never their content. A kept file also
 * lists the documents of the files merged into it (docs/duplicates.md), each marked with its file: the
 * same types are shown, each is downloaded through its own checks and changed on its own file. The list
 * is audited on the kept file and on each merged file whose documents were shown.
 */
export const listPersonDocuments = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    await requireFollowedPerson(trx, actor, input.personId);
    const merged = await filesMergedInto(trx, actor.organizationId, input.personId);
    const origins = new Map(merged.map((m) => [m.personId, m]));
    const documents = (
      await documentsRepository(trx).ofPeople(actor.organizationId, [input.personId, ...origins.keys()])
    ).filter((document) => mayHandleType(actor, document.type));
    const names = await accountsApi(trx).displayNames([...new Set(documents.map((d) => d.uploadedBy))]);
    for (const personId of [input.personId, ...origins.keys()]) {
      const shown = documents.filter((d) => d.personId === personId).length;
      const kept = personId === input.personId;
      if (!kept && shown === 0) continue;
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'document.list',
        resourceType: 'person',
        resourceId: personId,
        personId,
        requestId: ctx.requestId,
        details: kept ? { documents: shown } : { documents: shown, via: 'kept_file' },
      });
    }
    return {
      items: documents.map((document) => ({
        id: document.id,
        type: document.type,
        title: document.title,
        fileName: document.fileName,
        mediaType: document.mediaType,
        sizeBytes: document.sizeBytes,
        uploadedAt: document.uploadedAt.toISOString(),
        uploadedBy: { id: document.uploadedBy, displayName: names.get(document.uploadedBy) ?? null },
        updatedAt: document.updatedAt?.toISOString() ?? null,
        fromMergedFile: fileRef(origins.get(document.personId)),
      })),
    };
  },
);
