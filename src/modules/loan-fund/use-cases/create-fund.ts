import { createFundBody } from '../../../contracts/loan-fund.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { loanCommitteeRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';

/** A coordinator or director opens a fund operated by their organization, naming the partners who file and service loans. */
export const createFund = defineUseCase(createFundBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, loanCommitteeRoles);
  const id = newId();
  await fundsRepository(trx).insertFund(
    {
      id,
      operatorOrganizationId: actor.organizationId,
      participatingOrganizationIds: [...new Set(input.participatingOrganizationIds)].filter(
        (o) => o !== actor.organizationId,
      ),
      name: input.name,
      currency: input.currency,
      description: input.description ?? null,
    },
    actor.userId,
    now,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'loan_fund.create',
    resourceType: 'loan_fund',
    resourceId: id,
    requestId: ctx.requestId,
    details: { participants: input.participatingOrganizationIds.length },
  });
  return { id };
});
