import { z } from 'zod';
import { reverseAidPaymentBody } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { reversalOf } from '../../../core/ledger/ledger.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { checkReversal, statusAfterPayments } from '../domain/payments.js';
import { aidErrors } from '../errors.js';
import { approvalStateOf } from './approval-state.js';
import { requestToDecide } from './request-access.js';

/**
 * Reverses one payment in force (the one named, or the only one) by the compensating entry of its
 * journal entry (never an edit): its cash comes back and that amount is committed again, to be paid
 * anew; a request that was fully paid is approved again.
 */
export const reverseAidPayment = defineUseCase(
  reverseAidPaymentBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    const repo = aidRepository(trx);
    const owner = request.ownerOrganizationId;
    const payments = await repo.paymentsOf(owner, request.id);
    const state = approvalStateOf(request, payments);
    const verdict = checkReversal(state, input.paymentId ?? undefined);
    if (!verdict.ok) {
      if (verdict.refusal === 'cancelled') throw aidErrors.approvalCancelled();
      if (verdict.refusal === 'which_payment')
        throw aidErrors.whichPayment(undefined, [{ path: 'body.paymentId', code: 'required' }]);
      throw aidErrors.notPaid();
    }
    const payment = payments.find((p) => p.id === verdict.paymentId)!;
    if (!request.budgetId) throw aidErrors.notPaid();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (input.reversedOn < payment.paidOn || input.reversedOn > today)
      throw aidErrors.dayOutOfRange(undefined, [{ path: 'body.reversedOn', code: 'out_of_range' }]);
    const budget = await repo.budget(owner, request.budgetId, true);
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
      reversalOf(await repo.linesOf(budget.organizationId, payment.entryId)),
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
    const after = statusAfterPayments({
      ...state,
      payments: state.payments.map((p) => (p.id === payment.id ? { ...p, reversed: true } : p)),
    });
    if (after !== request.status) await repo.setStatus(request.organizationId, request.id, after);
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
      details: { paymentId: payment.id },
    });
    return undefined;
  },
);
