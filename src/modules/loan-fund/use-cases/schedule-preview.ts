import { z } from 'zod';
import { schedulePreviewBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { buildSchedule, firstDueDate, installmentTotal } from '../domain/schedule.js';
import { loanFundErrors } from '../errors.js';
import { visibleFund } from './fund-access.js';

export const previewScheduleInput = schedulePreviewBody.extend({ fundId: z.uuid() });

/** The schedule the borrower would sign, shown while the application is being written. */
export const previewSchedule = defineUseCase(previewScheduleInput, async ({ input, ctx, trx }) => {
  const actor = requireActor(ctx);
  const { fund } = await visibleFund(trx, actor, input.fundId);
  const product = await fundsRepository(trx).findProduct(input.productId);
  if (!product || product.fundId !== fund.id) throw loanFundErrors.productNotFound();
  const installments = buildSchedule({
    principalCents: input.principalCents,
    annualRateBps: product.annualRateBps,
    termMonths: input.termMonths,
    firstInstallmentFeeCents: product.originationFeeCents,
    firstDueOn: firstDueDate(input.startOn, product.graceMonths),
  }).map((i) => ({ ...i, totalCents: installmentTotal(i) }));
  return { installments, totalCents: installments.reduce((sum, i) => sum + i.totalCents, 0) };
});
