import { duplicateRunBody } from '../../../contracts/duplicates.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { duplicateRunsRepository } from '../adapters/duplicate-runs-repository.js';
import { enqueueDuplicateRun } from '../duplicate-runs.js';
import { peopleErrors } from '../errors.js';
import { duplicateRunRoles, presentRuns } from './duplicate-run-view.js';

/**
 * Starts the batch run over a consortium the actor's organization coordinates: recorded as queued and
 * handed to the job queue (`runConsortiumDuplicates`), since a consortium of a million files takes a
 * while. A consortium the organization does not coordinate is not found. Audited.
 */
export const startDuplicateRun = defineUseCase(
  duplicateRunBody,
  async ({ input, ctx, trx, audit, now, newId }) => {
    const actor = requireActor(ctx);
    requireRole(actor, duplicateRunRoles);
    if (!actor.coordinatedConsortiumIds.includes(input.consortiumId)) throw peopleErrors.consortiumNotFound();
    const repo = duplicateRunsRepository(trx);
    const id = newId();
    await repo.create({
      id,
      organizationId: actor.organizationId,
      consortiumId: input.consortiumId,
      by: actor.userId,
      at: now,
    });
    await enqueueDuplicateRun(trx, { newId }, id, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'person.duplicate_consortium_batch_requested',
      resourceType: 'duplicate_run',
      resourceId: id,
      requestId: ctx.requestId,
      details: { consortiumId: input.consortiumId },
    });
    const [shown] = await presentRuns(trx, [(await repo.find(id))!]);
    return shown!;
  },
);
