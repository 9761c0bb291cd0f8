import { z } from 'zod';
import { listApplicationsQuery } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';
import { presentApplications } from './present-application.js';

export const listApplicationsInput = listApplicationsQuery.extend({ fundId: z.uuid() });

/** The committee's queue: applications waiting for a decision first, oldest first. */
export const listApplications = defineUseCase(listApplicationsInput, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  const { fund, can } = await requireFundCapability(trx, actor, input.fundId, 'file');
  if (!can.service && !can.manage) throw loanFundErrors.notAllowed();
  const { items, total } = await applicationsRepository(trx).page(
    fund.id,
    input.status,
    input.page,
    input.pageSize,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: fund.operatorOrganizationId,
    action: 'loan_application.list',
    resourceType: 'loan_fund',
    resourceId: fund.id,
    requestId: ctx.requestId,
    details: { returned: items.length },
  });
  return { items: await presentApplications(trx, items), page: input.page, pageSize: input.pageSize, total };
});
