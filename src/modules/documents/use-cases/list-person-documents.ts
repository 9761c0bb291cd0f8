import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { documentStaffRoles, mayHandleType, requireFollowedPerson } from './document-access.js';

/** The person's documents, newest first: their description only, never their content. */
export const listPersonDocuments = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    await requireFollowedPerson(trx, actor, input.personId);
    const documents = (await documentsRepository(trx).ofPerson(actor.organizationId, input.personId)).filter(
      (document) => mayHandleType(actor, document.type),
    );
    const names = await accountsApi(trx).displayNames([...new Set(documents.map((d) => d.uploadedBy))]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'document.list',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { documents: documents.length },
    });
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
      })),
    };
  },
);
