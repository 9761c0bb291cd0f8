import { z } from 'zod';
import { cancelAidApprovalBody } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { releaseEntry } from '../domain/aid-ledger.js';
import { checkCancellation } from '../domain/payments.js';
import { aidErrors } from '../errors.js';
import { approvalStateOf } from './approval-state.js';
import { requestToDecide } from './request-access.js';

/**
 * Cancels an approval not fully paid (the household gave up the move, a trip did not happen): its
 * unpaid remainder is released back to the budget by one balanced entry, with the reason; what was
 * paid stays paid, and the decision, the payments and the cancellation stay in the history.
 */
export const cancelAidApproval = defineUseCase(
  cancelAidApprovalBody.extend({ requestId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    const repo = aidRepository(trx);
    const owner = request.ownerOrganizationId;
    const state = approvalStateOf(request, await repo.paymentsOf(owner, request.id));
    const verdict = checkCancellation(state);
    if (!verdict.ok || !request.budgetId) throw aidErrors.notCancellable();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    if (input.cancelledOn < (request.decidedOn ?? today) || input.cancelledOn > today)
      throw aidErrors.dayOutOfRange(undefined, [{ path: 'body.cancelledOn', code: 'out_of_range' }]);
    const budget = await repo.budget(owner, request.budgetId, true);
    if (!budget) throw aidErrors.budgetNotFound();
    const entryId = newId();
    await repo.post(
      {
        id: entryId,
        organizationId: budget.organizationId,
        budgetId: budget.id,
        occurredOn: input.cancelledOn,
        kind: 'cancellation',
        requestId: request.id,
        memo: 'Aid approval cancelled: remainder released',
        recordedBy: actor.userId,
        now,
      },
      releaseEntry(request.id, verdict.releasedCents),
    );
    await repo.insertCancellation({
      id: newId(),
      organizationId: budget.organizationId,
      requestId: request.id,
      budgetId: budget.id,
      cancelledOn: input.cancelledOn,
      reason: input.reason,
      releasedCents: verdict.releasedCents,
      entryId,
      recordedBy: actor.userId,
      now,
    });
    await repo.markCancelled(request.organizationId, request.id, verdict.releasedCents);
    await timeline.publish({
      organizationId: request.organizationId,
      personId: request.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.approval_cancelled',
      resourceType: 'aid_request',
      resourceId: request.id,
      data: { releasedCents: verdict.releasedCents },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'relocation_aid.approval_cancel',
      resourceType: 'aid_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
      details: { releasedCents: verdict.releasedCents },
    });
    return { releasedCents: verdict.releasedCents };
  },
);
