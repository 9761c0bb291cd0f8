import { z } from 'zod';
import { closePeriodBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { periodClosingViolation } from '../domain/entry-dates.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';
import { fundTodayOf } from './settle-status.js';

export const closePeriodInput = closePeriodBody.extend({ fundId: z.uuid() });

/**
 * A committee member closes the fund's books through a day (a month end, once reported): from then on
 * no entry may be dated on or before it. The fund row is locked, so an entry being recorded waits or is
 * refused, never lands in the period just closed.
 */
export const closePeriod = defineUseCase(closePeriodInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const { fund } = await requireFundCapability(trx, actor, input.fundId, 'manage', true);
  const violation = periodClosingViolation(input.closedThrough, await fundTodayOf(trx, fund, now), fund);
  if (violation?.rule === 'in_future') throw loanFundErrors.dateInFuture({ date: violation.latest });
  if (violation?.rule === 'already_closed')
    throw loanFundErrors.periodAlreadyClosed({ date: violation.closedThrough });
  if (violation?.rule === 'before_fund_start')
    throw loanFundErrors.dateBeforeFundStart({ date: violation.earliest });
  await fundsRepository(trx).closeThrough(fund.id, input.closedThrough);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: fund.operatorOrganizationId,
    action: 'loan_fund.close_period',
    resourceType: 'loan_fund',
    resourceId: fund.id,
    requestId: ctx.requestId,
    details: {},
  });
  return { closedThrough: input.closedThrough };
});
