import { z } from 'zod';
import { text } from '../../../contracts/primitives.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { isSensitiveType } from '../domain/document-types.js';
import { documentStaffRoles, visibleDocument } from './document-access.js';

/**
 * Deletes a document with a written reason (filed in the wrong person's file, asked by the person):
 * its bytes are dropped at once, its description stays so the audit trail and the timeline still make
 * sense.
 */
export const deleteDocument = defineUseCase(
  z.object({ documentId: z.uuid(), reason: text(500).min(3) }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    const document = await visibleDocument(trx, actor, input.documentId, true);
    await documentsRepository(trx).softDelete(document.id, { by: actor.userId, reason: input.reason, now });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: document.organizationId,
      action: 'document.delete',
      resourceType: 'person_document',
      resourceId: document.id,
      personId: document.personId,
      requestId: ctx.requestId,
      // The reason is free text about the person: its presence is recorded, not its content.
      details: { type: document.type, reason: true },
    });
    await timeline.publish({
      organizationId: document.organizationId,
      personId: document.personId,
      occurredAt: now,
      module: 'documents',
      kind: 'document.deleted',
      resourceType: 'person_document',
      resourceId: document.id,
      sensitive: isSensitiveType(document.type),
      data: { type: document.type, title: document.title },
      recordedBy: actor.userId,
    });
    return { id: document.id, deletedAt: now.toISOString() };
  },
);
