import { z } from 'zod';
import { requireSystem } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleErrors } from '../../people/errors.js';
import { eligibilitySnapshotRepository } from '../adapters/eligibility-snapshot-repository.js';
import { openEligibilitySnapshot, sealEligibilitySnapshot } from './eligibility-snapshot.js';

/**
 * One batch of a key rotation: re-seals under the current key up to `batchSize` enrolments'
 * eligibility evaluations still sealed under an older one, walking by id after `afterId`. One that
 * does not open is reported by id and left as it is.
 */
export const resealEligibilitySnapshotsBatch = defineUseCase(
  z.object({ batchSize: z.number().int().min(1).max(1000).default(200), afterId: z.uuid().nullish() }),
  async ({ input, ctx, trx, audit, deps }) => {
    requireSystem(ctx);
    const keyRing = deps.keyRing;
    if (!keyRing) throw peopleErrors.encryptionNotConfigured();
    const repo = eligibilitySnapshotRepository(trx);
    await repo.allowMaintenanceOfRestrictedPeople();
    const batch = await repo.sealedUnderOtherKeys(
      keyRing.currentKeyId,
      input.batchSize,
      input.afterId ?? null,
    );
    const unreadable: string[] = [];
    for (const { id, snapshot } of batch) {
      let evaluation: ReturnType<typeof openEligibilitySnapshot>;
      try {
        evaluation = openEligibilitySnapshot(keyRing, id, snapshot);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'PERSON_DATA_UNREADABLE')) throw error;
        unreadable.push(id);
        continue;
      }
      await repo.reseal(id, sealEligibilitySnapshot(keyRing, id, evaluation));
    }
    if (batch.length > 0) {
      await audit.record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'enrolment.eligibility_reseal',
        resourceType: 'enrolment',
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
      remaining: await repo.countSealedUnderOtherKeys(keyRing.currentKeyId),
      currentKeyId: keyRing.currentKeyId,
    };
  },
);
