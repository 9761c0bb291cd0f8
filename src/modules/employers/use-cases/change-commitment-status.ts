import { z } from 'zod';
import { commitmentStatusBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { mayMoveCommitment } from '../domain/commitment-status.js';
import { employerErrors } from '../errors.js';
import { writableEmployer } from './employer-access.js';

/**
 * Moves a commitment on (domain/commitment-status.ts): in progress, fulfilled, not fulfilled,
 * withdrawn, or reopened. The same status again changes nothing. Audited with both statuses.
 */
export const changeCommitmentStatus = defineUseCase(
  commitmentStatusBody.extend({ employerId: z.uuid(), commitmentId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const commitment = await details.findCommitment(input.commitmentId, employer.id, true);
    if (!commitment) throw employerErrors.commitmentNotFound();
    if (commitment.status === input.status) return { id: commitment.id, changed: false };
    if (!mayMoveCommitment(commitment.status, input.status))
      throw employerErrors.commitmentMoveRefused(undefined, { from: commitment.status, to: input.status });
    await details.setCommitmentStatus(commitment.id, input.status, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_commitment.status',
      resourceType: 'employer_commitment',
      resourceId: commitment.id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, from: commitment.status, to: input.status },
    });
    return { id: commitment.id, changed: true };
  },
);
