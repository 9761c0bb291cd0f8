import { z } from 'zod';
import { restructureBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { restructuredTerms } from '../domain/restructuring.js';
import { buildSchedule } from '../domain/schedule.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf } from './settle-status.js';

export const restructureLoanInput = restructureBody.extend({ loanId: z.uuid() });

/**
 * A borrower who cannot keep up gets a new schedule for what remains: the principal not yet repaid,
 * with the fees and interest already due and unpaid carried into the first new installment. No money
 * moves, so the journal is untouched; the former schedule is kept, superseded.
 */
export const restructureLoan = defineUseCase(
  restructureLoanInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'manage');
    if (loan.status !== 'active') throw loanFundErrors.loanNotActive();
    const loans = loansRepository(trx);
    const today = await fundTodayOf(trx, fund, now);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.effectiveOn,
      today,
      facts: { kind: 'restructuring', loan: await loans.milestones(loan) },
      fundLock: 'share',
    });
    const [positions, schedules] = await Promise.all([loans.positions(loan.id), loans.schedules(loan.id)]);
    const terms = restructuredTerms(positions, input.effectiveOn);
    if (terms.principalCents <= 0) throw loanFundErrors.nothingToRestructure();
    const annualRateBps = input.annualRateBps ?? loan.annualRateBps;
    const installments = buildSchedule({
      principalCents: terms.principalCents,
      annualRateBps,
      termMonths: input.termMonths,
      firstInstallmentFeeCents: terms.carriedFeeCents,
      carriedInterestCents: terms.carriedInterestCents,
      firstDueOn: input.firstDueOn,
    });
    const version = Math.max(0, ...schedules.map((s) => s.version)) + 1;
    await loans.insertSchedule({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      version,
      reason: 'restructuring',
      effectiveOn: input.effectiveOn,
      principalCents: terms.principalCents,
      annualRateBps,
      termMonths: input.termMonths,
      note: input.note,
      createdBy: actor.userId,
      now,
      installments: installments.map((i) => ({ ...i, id: newId() })),
    });
    await loans.addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.effectiveOn,
      kind: 'restructured',
      details: { version, termMonths: input.termMonths, principalCents: terms.principalCents },
      recordedBy: actor.userId,
      now,
    });
    await publishLoanEvent(
      timeline,
      { ...loan, fundName: fund.name },
      {
        kind: 'loan.restructured',
        on: input.effectiveOn,
        resource: { type: 'loan', id: loan.id },
        recordedBy: actor.userId,
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.restructure',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: { version },
    });
    return presentLoan(trx, loan, fund, can, today);
  },
);
