import { z } from 'zod';
import { decideAidRequestBody } from '../../../contracts/relocation-aid.js';
import { requireActor } from '../../../core/auth/actor.js';
import { naturalBalance } from '../../../core/ledger/ledger.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { aidRepository } from '../adapters/aid-repository.js';
import { aidChart, budgetPosition, commitmentEntry } from '../domain/aid-ledger.js';
import { withinAssessment } from '../domain/assessment.js';
import { aidErrors } from '../errors.js';
import { yearOf } from './aid-access.js';
import { assessmentOf } from './present-requests.js';
import { requestToDecide } from './request-access.js';

const formatCad = (cents: number) => `${(cents / 100).toFixed(2)} $`;

/**
 * The owner decides a submitted request: approve line by line within the assessment (the rules in
 * force on the day it was filed; the version is kept on the request), committed on the program's
 * budget of the decision's year; or refuse with a coded reason. The budget row is locked for the rest
 * of the transaction so that two approvals at once never commit more than is available.
 */
export const decideAidRequest = defineUseCase(
  z.object({ requestId: z.uuid(), body: decideAidRequestBody }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const request = await requestToDecide(trx, actor, input.requestId);
    if (request.status !== 'submitted') throw aidErrors.notSubmitted();
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const repo = aidRepository(trx);
    const body = input.body;
    // An approval locks the year's budget before it reads what the household was granted: two
    // approvals at once (of one household, or drawing on one budget) are then decided one after the other.
    const budget =
      body.decision === 'approve'
        ? await repo.budgetOfYear(request.ownerOrganizationId, request.programId, yearOf(today), true)
        : undefined;
    const evaluated = await assessmentOf(trx, request, today);
    if (body.decision === 'refuse') {
      if (evaluated)
        await repo.assessLines(
          request.organizationId,
          request.id,
          evaluated.assessment.lines.map((l, i) => ({
            lineNo: i + 1,
            assessedCents: l.allowedCents,
            reasons: l.reasons,
            approvedCents: null,
          })),
        );
      await repo.decide(request.organizationId, request.id, {
        status: 'refused',
        ruleVersionId: evaluated?.version.id ?? null,
        budgetId: null,
        approvedCents: null,
        refusalReason: body.reason,
        note: body.note ?? null,
        decidedOn: today,
        decidedBy: actor.userId,
        now,
      });
    } else {
      if (!evaluated) throw aidErrors.noRules();
      if (!withinAssessment(evaluated.assessment, body.approvedCents))
        throw aidErrors.aboveAssessment(undefined, [
          { path: 'body.approvedCents', code: 'above_assessment' },
        ]);
      const approvedCents = body.approvedCents.reduce((s, c) => s + c, 0);
      if (approvedCents === 0) throw aidErrors.nothingApproved();
      if (!budget) throw aidErrors.budgetNotFound();
      const balances = await repo.balances(budget.organizationId, budget.id);
      const position = budgetPosition((account) =>
        naturalBalance(aidChart, balances.find((b) => b.account === account)!),
      );
      if (approvedCents > position.availableCents)
        throw aidErrors.budgetExceeded({ available: formatCad(Math.max(0, position.availableCents)) });
      await repo.assessLines(
        request.organizationId,
        request.id,
        evaluated.assessment.lines.map((l, i) => ({
          lineNo: i + 1,
          assessedCents: l.allowedCents,
          reasons: l.reasons,
          approvedCents: body.approvedCents[i]!,
        })),
      );
      await repo.post(
        {
          id: newId(),
          organizationId: budget.organizationId,
          budgetId: budget.id,
          occurredOn: today,
          kind: 'commitment',
          requestId: request.id,
          memo: `Aid approved (${request.purpose})`,
          recordedBy: actor.userId,
          now,
        },
        commitmentEntry(request.id, approvedCents),
      );
      await repo.decide(request.organizationId, request.id, {
        status: 'approved',
        ruleVersionId: evaluated.version.id,
        budgetId: budget.id,
        approvedCents,
        refusalReason: null,
        note: body.note ?? null,
        decidedOn: today,
        decidedBy: actor.userId,
        now,
      });
    }
    const status = body.decision === 'approve' ? 'approved' : 'refused';
    const approvedCents = body.decision === 'approve' ? body.approvedCents.reduce((s, c) => s + c, 0) : null;
    await timeline.publish({
      organizationId: request.organizationId,
      personId: request.personId,
      occurredAt: now,
      module: 'relocation-aid',
      kind: 'relocation_aid.decided',
      resourceType: 'aid_request',
      resourceId: request.id,
      data: { status, approvedCents, purpose: request.purpose },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: request.organizationId,
      action: 'relocation_aid.request_decide',
      resourceType: 'aid_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: ctx.requestId,
      details: { status, ruleVersion: evaluated?.version.version ?? null },
    });
    return { status, approvedCents } as const;
  },
);
