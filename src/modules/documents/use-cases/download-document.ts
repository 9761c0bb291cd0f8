import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { KeyRingError } from '../../../core/crypto/key-ring.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { documentErrors } from '../errors.js';
import { documentStaffRoles, requireKeyRing, visibleDocument } from './document-access.js';

/** The document's bytes, decrypted for a member of staff who may see it; every download is audited. */
export const downloadDocument = defineUseCase(
  z.object({ documentId: z.uuid() }),
  async ({ input, ctx, trx, audit, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    const keyRing = requireKeyRing(deps);
    const document = await visibleDocument(trx, actor, input.documentId);
    const sealed = await documentsRepository(trx).sealedContent(document.id);
    if (!sealed) throw documentErrors.alreadyDeleted();
    let content: Buffer;
    try {
      content = keyRing.open(sealed, document.id);
    } catch (error) {
      if (error instanceof KeyRingError) throw documentErrors.unreadable({}, { reason: error.reason });
      throw error;
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: document.organizationId,
      action: 'document.download',
      resourceType: 'person_document',
      resourceId: document.id,
      personId: document.personId,
      requestId: ctx.requestId,
      details: { type: document.type, sizeBytes: document.sizeBytes },
    });
    return { fileName: document.fileName, mediaType: document.mediaType, content };
  },
);
