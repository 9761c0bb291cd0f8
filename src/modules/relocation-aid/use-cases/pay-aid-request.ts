import { z } from 'zod';
import { payAidRequestBody } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { naturalBalance } from '../../../core/ledger/ledger.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidChart, paymentEntry } from '../domain/aid-ledger.js';
import { checkPayment, remainderOf } from '../domain/payments.js';
import { aidErrors } from '../errors.js';
import { approvalStateOf } from './approval-state.js';
import { formatCad } from './format-cad.js';
import { requestToDecide } from './request-access.js';

/**
 * Pays an approved request, in one payment or several (a trip advance, then the balance), on a day
 * between the decision and today: the whole remainder unless an amount is given, never beyond it. Each
 * payment is one balanced entry: aid expense out of the budget's cash, that much commitment released.
 * The request and the budget are locked, so two payments at once never pay more than was approved.
 */
export const payAidRequest = defineUseCase(
  payAidRequestBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    if (!request.budgetId) throw aidErrors.notApproved();
    const repo = aidRepository(trx);
    const owner = request.ownerOrganizationId;
    const state = approvalStateOf(request, await repo.paymentsOf(owner, request.id));
    const verdict = checkPayment(state, input.amountCents ?? undefined);
    if (!verdict.ok)
      throw verdict.refusal === 'not_payable'
        ? aidErrors.notApproved()
        : aidErrors.aboveRemainder({ remainder: formatCad(remainderOf(state)) }, [
            { path: 'body.amountCents', code: 'above_remainder' },
          ]);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (input.paidOn < (request.decidedOn ?? today) || input.paidOn > today)
      throw aidErrors.paymentBeforeDecision(undefined, [{ path: 'body.paidOn', code: 'out_of_range' }]);
    const budget = await repo.budget(owner, request.budgetId, true);
    if (!budget) throw aidErrors.budgetNotFound();
    const cash = (await repo.balances(budget.organizationId, budget.id)).find(
      (b) => b.account === 'budget_cash',
    )!;
    // The approval committed this amount: cash short of it means the journal was broken elsewhere.
    if (naturalBalance(aidChart, cash) < verdict.amountCents)
      throw aidErrors.budgetExceeded({ available: formatCad(naturalBalance(aidChart, cash)) });
    const entryId = newId();
    await repo.post(
      {
        id: entryId,
        organizationId: budget.organizationId,
        budgetId: budget.id,
        occurredOn: input.paidOn,
        kind: 'payment',
        requestId: request.id,
        memo: verdict.settles ? `Aid paid by ${input.method}` : `Aid paid in part by ${input.method}`,
        recordedBy: actor.userId,
        now,
      },
      paymentEntry(request.id, verdict.amountCents),
    );
    const paymentId = newId();
    await repo.insertPayment({
      id: paymentId,
      organizationId: budget.organizationId,
      requestId: request.id,
      budgetId: budget.id,
      amountCents: verdict.amountCents,
      paidOn: input.paidOn,
      method: input.method,
      reference: input.reference ?? null,
      entryId,
      recordedBy: actor.userId,
      now,
    });
    if (verdict.settles) await repo.setStatus(request.organizationId, request.id, 'paid');
    await timeline.publish({
      organizationId: request.organizationId,
      personId: request.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.paid',
      resourceType: 'aid_request',
      resourceId: request.id,
      data: { amountCents: verdict.amountCents, paidOn: input.paidOn, settles: verdict.settles },
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
      details: { method: input.method, partial: !verdict.settles },
    });
    return {
      paymentId,
      amountCents: verdict.amountCents,
      remainderCents: remainderOf(state) - verdict.amountCents,
    };
  },
);

/** Reversing one payment has its own use case; re-exported for the callers that pay and reverse. */
export { reverseAidPayment } from './reverse-aid-payment.js';
