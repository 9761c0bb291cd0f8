import { z } from 'zod';
import { text } from '../../../contracts/primitives.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { documentTypes } from '../domain/document-types.js';
import { documentErrors } from '../errors.js';
import { documentStaffRoles, mayHandleType, visibleDocument } from './document-access.js';

/** Renames or retypes a document (a CV filed as "other", a translation named after the wrong diploma). */
export const describeDocument = defineUseCase(
  z.object({
    documentId: z.uuid(),
    type: z.enum(documentTypes),
    title: text(200),
  }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    const document = await visibleDocument(trx, actor, input.documentId, true);
    if (!mayHandleType(actor, input.type)) throw documentErrors.notFound();
    const changed = [
      ...(document.type !== input.type ? ['type'] : []),
      ...(document.title !== input.title ? ['title'] : []),
    ];
    if (changed.length > 0) {
      await documentsRepository(trx).describe(document.id, { type: input.type, title: input.title, now });
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: document.organizationId,
        action: 'document.update',
        resourceType: 'person_document',
        resourceId: document.id,
        personId: document.personId,
        requestId: ctx.requestId,
        details: { fields: changed },
      });
    }
    return { id: document.id, type: input.type, title: input.title, changed };
  },
);
