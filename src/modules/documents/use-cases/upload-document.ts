import { createHash } from 'node:crypto';
import { z } from 'zod';
import { plainText, text } from '../../../contracts/primitives.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { inspectArchive } from '../domain/archive-limits.js';
import { documentTypes, isSensitiveType, maxDocumentBytes } from '../domain/document-types.js';
import { sanitizeFileName } from '../domain/file-name.js';
import { decideMediaType } from '../domain/media-type.js';
import { documentErrors } from '../errors.js';
import {
  documentStaffRoles,
  mayHandleType,
  requireFollowedPerson,
  requireKeyRing,
} from './document-access.js';

export const uploadDocumentInput = z.object({
  personId: z.uuid(),
  type: z.enum(documentTypes),
  title: text(200),
  fileName: plainText().max(1000).default(''),
  declaredMediaType: plainText().max(200).nullish(),
  content: z.custom<Buffer>((value) => Buffer.isBuffer(value), { message: 'Expected the file content' }),
});

const isArchive = (mediaType: string) =>
  mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' ||
  mediaType === 'application/vnd.oasis.opendocument.text';

/**
 * Adds a file to the person's documents: checked for size and real kind, sealed under the current
 * key with the document's id as authenticated context, never stored in clear.
 */
export const uploadDocument = defineUseCase(
  uploadDocumentInput,
  async ({ input, ctx, trx, now, newId, audit, timeline, deps }) => {
    const actor = requireActor(ctx);
    requireRole(actor, documentStaffRoles);
    const keyRing = requireKeyRing(deps);
    await requireFollowedPerson(trx, actor, input.personId);
    if (!mayHandleType(actor, input.type)) throw documentErrors.personNotFound();
    if (input.content.length === 0) throw documentErrors.empty();
    if (input.content.length > maxDocumentBytes) {
      throw documentErrors.tooLarge({ maxMiB: maxDocumentBytes / 1024 / 1024 });
    }
    const decision = decideMediaType(input.content, input.declaredMediaType);
    if (decision.outcome === 'not_allowed') throw documentErrors.typeNotAllowed();
    if (decision.outcome === 'mismatch') {
      throw documentErrors.typeMismatch({ declared: decision.declared, detected: decision.detected });
    }
    if (isArchive(decision.mediaType) && inspectArchive(input.content).outcome !== 'accepted')
      throw documentErrors.archiveTooLarge();
    if (deps.malwareScanner) {
      const verdict = await deps.malwareScanner.scan(input.content).catch(() => {
        throw documentErrors.scanUnavailable();
      });
      if (verdict.outcome === 'infected') throw documentErrors.infected();
    }
    const id = newId();
    const record = {
      id,
      organizationId: actor.organizationId,
      personId: input.personId,
      type: input.type,
      title: input.title,
      fileName: sanitizeFileName(input.fileName, decision.mediaType),
      mediaType: decision.mediaType,
      sizeBytes: input.content.length,
      sha256: createHash('sha256').update(input.content).digest('hex'),
      uploadedBy: actor.userId,
      uploadedAt: now,
    };
    await documentsRepository(trx).insert(record, keyRing.seal(input.content, id));
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'document.upload',
      resourceType: 'person_document',
      resourceId: id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { type: input.type, mediaType: record.mediaType, sizeBytes: record.sizeBytes },
    });
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: input.personId,
      occurredAt: now,
      module: 'documents',
      kind: 'document.uploaded',
      resourceType: 'person_document',
      resourceId: id,
      sensitive: isSensitiveType(input.type),
      data: { type: input.type, title: input.title },
      recordedBy: actor.userId,
    });
    return { id, fileName: record.fileName, mediaType: record.mediaType, sizeBytes: record.sizeBytes };
  },
);
