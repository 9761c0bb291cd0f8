import { z } from 'zod';
import { decisionBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { formatCents } from '../domain/money.js';
import { loanFundErrors } from '../errors.js';
import { requireFundCapability } from './fund-access.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentApplication } from './present-application.js';
import { fundTodayOf } from './settle-status.js';

export const decideApplicationInput = z.intersection(decisionBody, z.object({ applicationId: z.uuid() }));

/**
 * The committee's decision, recorded by one of its members (never the person who filed): approve the
 * amount asked or another one, or decline, always with reasons. An approval opens the loan; the
 * schedule is set when the money is paid out.
 */
export const decideApplication = defineUseCase(
  decideApplicationInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const repo = applicationsRepository(trx);
    const application = await repo.find(input.applicationId, true);
    if (!application) throw loanFundErrors.applicationNotFound();
    const { fund } = await requireFundCapability(trx, actor, application.fundId, 'manage').catch((error) => {
      throw error.code === 'LOAN_FUND_NOT_FOUND' ? loanFundErrors.applicationNotFound() : error;
    });
    if (application.status !== 'submitted') throw loanFundErrors.applicationAlreadyDecided();
    if (application.filedBy === actor.userId) throw loanFundErrors.deciderFiledApplication();
    const today = await fundTodayOf(trx, fund, now);
    const decidedOn = input.decidedOn ?? today;
    if (decidedOn > today) throw loanFundErrors.dateInFuture({ date: today });
    if (decidedOn < application.filedOn)
      throw loanFundErrors.dateBeforeLastMovement({ date: application.filedOn });
    const approve = input.outcome === 'approve';
    const product = await fundsRepository(trx).findProduct(application.productId);
    if (!product) throw loanFundErrors.productNotFound();
    if (approve && (input.approvedCents ?? 0) > product.maxAmountCents) {
      throw loanFundErrors.approvedAboveProduct({
        max: formatCents(product.maxAmountCents, fund.currency, ctx.locale),
      });
    }
    await repo.recordDecision(application.id, {
      status: approve ? 'approved' : 'declined',
      decidedBy: actor.userId,
      decidedOn,
      reasons: input.reasons,
      committeeMembers: input.committeeMembers,
      approvedCents: approve ? (input.approvedCents ?? null) : null,
    });
    let resource: { type: 'loan' | 'loan_application'; id: string } = {
      type: 'loan_application',
      id: application.id,
    };
    if (approve && input.approvedCents) {
      const loanId = newId();
      resource = { type: 'loan', id: loanId };
      const loans = loansRepository(trx);
      await loans.insertLoan(
        {
          id: loanId,
          fundId: fund.id,
          organizationId: fund.operatorOrganizationId,
          applicationId: application.id,
          productId: product.id,
          borrowerOrganizationId: application.borrowerOrganizationId,
          personId: application.personId,
          borrowerName: application.borrowerName,
          reference: application.reference,
          principalCents: input.approvedCents,
          annualRateBps: product.annualRateBps,
          termMonths: application.termMonths,
          graceMonths: product.graceMonths,
          originationFeeCents: product.originationFeeCents,
          status: 'approved',
          approvedOn: decidedOn,
          closedOn: null,
        },
        now,
      );
      await loans.addEvent({
        id: newId(),
        loanId,
        organizationId: fund.operatorOrganizationId,
        occurredOn: decidedOn,
        kind: 'approved',
        details: { approvedCents: input.approvedCents, requestedCents: application.requestedCents },
        recordedBy: actor.userId,
        now,
      });
    }
    await publishLoanEvent(
      timeline,
      { ...application, fundName: fund.name },
      {
        kind: 'loan.decided',
        on: decidedOn,
        resource,
        recordedBy: actor.userId,
        data: { outcome: approve ? 'approved' : 'declined' },
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: application.borrowerOrganizationId,
      action: approve ? 'loan_application.approve' : 'loan_application.decline',
      resourceType: 'loan_application',
      resourceId: application.id,
      personId: application.personId,
      requestId: ctx.requestId,
      details: {
        committeeMembers: input.committeeMembers.length,
        amountChanged: approve && input.approvedCents !== application.requestedCents,
      },
    });
    const decided = await repo.find(application.id);
    if (!decided) throw loanFundErrors.applicationNotFound();
    return presentApplication(trx, decided);
  },
);
