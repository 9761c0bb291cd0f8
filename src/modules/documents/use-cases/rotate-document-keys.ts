import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { KeyRingError } from '../../../core/crypto/key-ring.js';
import { defineUseCase } from '../../../core/use-case.js';
import { documentsRepository } from '../adapters/documents-repository.js';
import { requireKeyRing } from './document-access.js';

/**
 * One batch of the key rotation: re-encrypts up to `batchSize` documents still sealed under an older
 * key, in its own transaction. Batches walk the documents by id after `afterId`; running the rotation
 * again resumes, since re-encrypted documents no longer match. `remaining` reaching 0 means older keys
 * may leave the configuration. A document that fails to open is reported, left as it is, and skipped.
 */
export const rotateDocumentKeysBatch = defineUseCase(
  z.object({ batchSize: z.number().int().min(1).max(1000).default(50), afterId: z.uuid().nullish() }),
  async ({ input, ctx, trx, audit, deps }) => {
    requireSystem(ctx);
    const keyRing = requireKeyRing(deps);
    const repo = documentsRepository(trx);
    const batch = await repo.sealedUnderOtherKeys(
      keyRing.currentKeyId,
      input.batchSize,
      input.afterId ?? null,
    );
    const unreadable: string[] = [];
    for (const { id, sealed } of batch) {
      let content: Buffer;
      try {
        // Opening authenticates the old blob: a tampered document is never re-sealed as if it were sound.
        content = keyRing.open(sealed, id);
      } catch (error) {
        if (!(error instanceof KeyRingError)) throw error;
        unreadable.push(id);
        continue;
      }
      await repo.reseal(id, keyRing.seal(content, id));
    }
    if (batch.length > 0) {
      await audit.record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'document.keys_rotate',
        resourceType: 'person_document',
        resourceId: null,
        requestId: ctx.requestId,
        details: {
          documents: batch.length - unreadable.length,
          unreadable: unreadable.length,
          keyId: keyRing.currentKeyId,
        },
      });
    }
    return {
      rotated: batch.length - unreadable.length,
      unreadable,
      lastId: batch.at(-1)?.id ?? null,
      remaining: await repo.countSealedUnderOtherKeys(keyRing.currentKeyId),
      currentKeyId: keyRing.currentKeyId,
    };
  },
);
