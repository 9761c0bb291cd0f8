import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import {
  openBarrierDetail,
  openPersonStatus,
  sealBarrierDetail,
  sealPersonStatus,
} from '../adapters/sealed-fields.js';
import { sealedFieldsRepository } from '../adapters/sealed-fields-repository.js';
import { peopleErrors } from '../errors.js';

/**
 * One batch of a key rotation (ADR 8 and 10): re-seals under the current key up to `batchSize`
 * statuses or barriers still sealed under an older one, in its own transaction, walking by id after
 * `afterId`; run again, it resumes. A value that does not open (altered, or its key missing) is
 * reported by id, left as it is, and skipped: it is never re-sealed as if it were sound.
 */
export const resealSensitiveFieldsBatch = defineUseCase(
  z.object({
    kind: z.enum(['person_status', 'barrier']),
    batchSize: z.number().int().min(1).max(1000).default(200),
    afterId: z.uuid().nullish(),
  }),
  async ({ input, ctx, trx, audit, deps }) => {
    requireSystem(ctx);
    const keyRing = deps.keyRing;
    if (!keyRing) throw peopleErrors.encryptionNotConfigured();
    const repo = sealedFieldsRepository(trx);
    await repo.allowMaintenanceOfRestrictedPeople();
    const batch = await repo.sealedUnderOtherKeys(
      input.kind,
      keyRing.currentKeyId,
      input.batchSize,
      input.afterId ?? null,
    );
    const unreadable: string[] = [];
    for (const { id, sealed } of batch) {
      let resealed: string | null;
      try {
        resealed =
          input.kind === 'person_status'
            ? sealPersonStatus(keyRing, id, openPersonStatus(keyRing, id, sealed))
            : sealBarrierDetail(keyRing, id, openBarrierDetail(keyRing, id, sealed));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'PERSON_DATA_UNREADABLE')) throw error;
        unreadable.push(id);
        continue;
      }
      if (resealed !== null) await repo.reseal(input.kind, id, resealed);
    }
    if (batch.length > 0) {
      await audit.record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'person.sealed_fields_reseal',
        resourceType: input.kind,
        resourceId: null,
        requestId: ctx.requestId,
        details: {
          resealed: batch.length - unreadable.length,
          unreadable: unreadable.length,
          keyId: keyRing.currentKeyId,
        },
      });
    }
    return {
      resealed: batch.length - unreadable.length,
      unreadable,
      lastId: batch.at(-1)?.id ?? null,
      remaining: await repo.countSealedUnderOtherKeys(input.kind, keyRing.currentKeyId),
      currentKeyId: keyRing.currentKeyId,
    };
  },
);
