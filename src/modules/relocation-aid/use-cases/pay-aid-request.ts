import { z } from 'zod';
import { payAidRequestBody, reverseAidPaymentBody } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { naturalBalance, reversalOf } from '../../../core/ledger/ledger.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidChart, paymentEntry } from '../domain/aid-ledger.js';
import { aidErrors } from '../errors.js';
import { requestToDecide } from './request-access.js';

/**
 * Pays an approved request its approved amount, on a day between the decision and today: aid expense
 * out of the budget's cash, the commitment released (one balanced entry). The request and the budget
 * are locked, so two payments at once pay once and never take more cash than there is.
 */
export const payAidRequest = defineUseCase(
  payAidRequestBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    if (request.status !== 'approved' || !request.budgetId || !request.approvedCents)
      throw aidErrors.notApproved();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (input.paidOn < (request.decidedOn ?? today) || input.paidOn > today)
      throw aidErrors.paymentBeforeDecision(undefined, [{ path: 'body.paidOn', code: 'out_of_range' }]);
    const repo = aidRepository(trx);
    const budget = await repo.budget(request.budgetId, true);
    if (!budget) throw aidErrors.budgetNotFound();
    const cash = (await repo.balances(budget.id)).find((b) => b.account === 'budget_cash')!;
    // The approval committed this amount: cash short of it means the journal was broken elsewhere.
    if (naturalBalance(aidChart, cash) < request.approvedCents)
      throw aidErrors.budgetExceeded({ available: `${(naturalBalance(aidChart, cash) / 100).toFixed(2)} $` });
    const entryId = newId();
    await repo.post(
      {
        id: entryId,
        organizationId: budget.organizationId,
        budgetId: budget.id,
        occurredOn: input.paidOn,
        kind: 'payment',
        requestId: request.id,
        memo: `Aid paid by ${input.method}`,
        recordedBy: actor.userId,
        now,
      },
      paymentEntry(request.id, request.approvedCents),
    );
    const paymentId = newId();
    await repo.insertPayment({
      id: paymentId,
      organizationId: budget.organizationId,
      requestId: request.id,
      budgetId: budget.id,
      amountCents: request.approvedCents,
      paidOn: input.paidOn,
      method: input.method,
      reference: input.reference ?? null,
      entryId,
      recordedBy: actor.userId,
      now,
    });
    await repo.setStatus(request.id, 'paid');
    await timeline.publish({
      organizationId: request.organizationId,
      personId: request.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.paid',
      resourceType: 'aid_request',
      resourceId: request.id,
      data: { amountCents: request.approvedCents, paidOn: input.paidOn },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'relocation_aid.request_pay',
      resourceType: 'aid_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
      details: { method: input.method },
    });
    return { paymentId };
  },
);

/**
 * Reverses the request's payment in force by the compensating entry of its journal entry (never an
 * edit): the cash comes back and the amount is committed again, the request approved and unpaid.
 */
export const reverseAidPayment = defineUseCase(
  reverseAidPaymentBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    const repo = aidRepository(trx);
    const payment = (await repo.paymentsOf(request.id)).find((p) => p.reversedOn === null);
    if (request.status !== 'paid' || !payment || !request.budgetId) throw aidErrors.notPaid();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (input.reversedOn < payment.paidOn || input.reversedOn > today)
      throw aidErrors.dayOutOfRange(undefined, [{ path: 'body.reversedOn', code: 'out_of_range' }]);
    const budget = await repo.budget(request.budgetId, true);
    if (!budget) throw aidErrors.budgetNotFound();
    const entryId = newId();
    await repo.post(
      {
        id: entryId,
        organizationId: budget.organizationId,
        budgetId: budget.id,
        occurredOn: input.reversedOn,
        kind: 'payment_reversal',
        requestId: request.id,
        memo: 'Aid payment reversed',
        reversesEntryId: payment.entryId,
        recordedBy: actor.userId,
        now,
      },
      reversalOf(await repo.linesOf(payment.entryId)),
    );
    await repo.insertReversal({
      id: newId(),
      organizationId: budget.organizationId,
      paymentId: payment.id,
      reversedOn: input.reversedOn,
      reason: input.reason,
      entryId,
      recordedBy: actor.userId,
      now,
    });
    await repo.setStatus(request.id, 'approved');
    await timeline.publish({
      organizationId: request.organizationId,
      personId: request.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.payment_reversed',
      resourceType: 'aid_request',
      resourceId: request.id,
      data: { amountCents: payment.amountCents },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'relocation_aid.payment_reverse',
      resourceType: 'aid_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
    });
    return undefined;
  },
);
