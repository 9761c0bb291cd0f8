import { z } from 'zod';
import { commitmentBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { writableEmployer } from './employer-access.js';

/**
 * Records an employer's commitment: a pathway opened in a field ("commits to open a pathway in health
 * care"), or a pledge of a number of hires over a period. It starts `committed`. Audited.
 */
export const addCommitment = defineUseCase(
  z.object({ employerId: z.uuid(), commitment: commitmentBody }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const c = input.commitment;
    const id = newId();
    await employerDetailsRepository(trx).insertCommitment({
      id,
      employerId: employer.id,
      organizationId: employer.organizationId,
      kind: c.kind,
      field: c.field ?? null,
      description: c.description ?? null,
      hires: c.kind === 'hiring_pledge' ? c.hires : null,
      periodStart: c.kind === 'hiring_pledge' ? c.periodStart : null,
      periodEnd: c.kind === 'hiring_pledge' ? c.periodEnd : null,
      madeOn: c.madeOn,
      createdBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_commitment.add',
      resourceType: 'employer_commitment',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        employerId: employer.id,
        kind: c.kind,
        field: c.field ?? null,
        withDescription: Boolean(c.description),
      },
    });
    return { id };
  },
);
