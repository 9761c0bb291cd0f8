import { z } from 'zod';
import { listLoansQuery } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { loanFactsOfFund } from '../adapters/portfolio-repository.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

export const listLoansInput = listLoansQuery.extend({ fundId: z.uuid() });

/** The servicing view of the fund: its loans with their arrears, the latest first among equals. */
export const listLoans = defineUseCase(listLoansInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const { fund } = await requireFundCapability(trx, actor, input.fundId, 'service');
  const asOf = input.asOf ?? (await fundTodayOf(trx, fund, now));
  const rows = (await loanFactsOfFund(trx, fund.id, asOf))
    .filter(
      (f) =>
        (!input.status || f.status === input.status) && (!input.bucket || f.agingBucket === input.bucket),
    )
    .sort((a, b) => b.daysPastDue - a.daysPastDue || b.reference.localeCompare(a.reference));
  const items = rows.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: fund.operatorOrganizationId,
    action: 'loan.list',
    resourceType: 'loan_fund',
    resourceId: fund.id,
    requestId: ctx.requestId,
    details: { returned: items.length },
  });
  return {
    items: items.map((f) => ({
      id: f.loanId,
      reference: f.reference,
      personId: f.personId,
      borrowerName: f.borrowerName,
      status: f.status,
      principalCents: f.principalCents,
      outstandingPrincipalCents: f.outstandingPrincipalCents,
      daysPastDue: f.daysPastDue,
      agingBucket: f.agingBucket,
      nextDueOn: f.nextDueOn,
    })),
    page: input.page,
    pageSize: input.pageSize,
    total: rows.length,
  };
});
