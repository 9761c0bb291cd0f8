import { z } from 'zod';
import { disbursementBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { disbursementEntry } from '../domain/ledger.js';
import { formatCents } from '../domain/money.js';
import { buildSchedule, firstDueDate } from '../domain/schedule.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf, settleStatus } from './settle-status.js';

export const disburseInput = disbursementBody.extend({ loanId: z.uuid() });

/**
 * Pays out a tranche, to the borrower or straight to a vendor (an exam board, a school). The first
 * tranche sets the repayment schedule on the whole approved amount: that is what the borrower signs.
 */
export const disburse = defineUseCase(
  disburseInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'service');
    if (loan.status === 'repaid' || loan.status === 'written_off') throw loanFundErrors.loanClosed();
    await fundsRepository(trx).lockFund(fund.id);
    const ledger = ledgerRepository(trx);
    const loans = loansRepository(trx);
    const today = await fundTodayOf(trx, fund, now);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.paidOn,
      today,
      facts: { kind: 'disbursement', loan: await loans.milestones(loan) },
      fundLock: 'held',
    });
    const [balances, cashThen, cashNow, disbursements] = await Promise.all([
      ledger.loanBalances(loan.id),
      ledger.cashOn(fund.id, input.paidOn),
      ledger.cashOn(fund.id, '9999-12-31'),
      loans.disbursements(loan.id),
    ]);
    // Backdating must not make the cash negative on that date, nor on any later one.
    const cash = Math.min(cashThen, cashNow);
    const left = loan.principalCents - balances.disbursedCents;
    if (input.amountCents > left) {
      throw loanFundErrors.disbursementAboveLoan({ left: formatCents(left, fund.currency, ctx.locale) });
    }
    if (input.amountCents > cash)
      throw loanFundErrors.insufficientFundCash({ cash: formatCents(cash, fund.currency, ctx.locale) });

    const journalEntryId = await ledger.post(
      {
        id: newId(),
        fundId: fund.id,
        occurredOn: input.paidOn,
        kind: 'disbursement',
        loanId: loan.id,
        organizationId: loan.organizationId,
        memo: `${loan.reference} tranche ${disbursements.length + 1} (${input.payeeKind})`,
        recordedBy: actor.userId,
        now,
      },
      disbursementEntry(loan.id, input.amountCents),
    );
    await loans.insertDisbursement({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      tranche: disbursements.length + 1,
      amountCents: input.amountCents,
      payeeKind: input.payeeKind,
      payeeName: input.payeeName,
      purpose: input.purpose,
      paidOn: input.paidOn,
      journalEntryId,
      recordedBy: actor.userId,
      now,
    });
    if (disbursements.length === 0) {
      const firstDueOn = input.firstDueOn ?? firstDueDate(input.paidOn, loan.graceMonths);
      const installments = buildSchedule({
        principalCents: loan.principalCents,
        annualRateBps: loan.annualRateBps,
        termMonths: loan.termMonths,
        firstInstallmentFeeCents: loan.originationFeeCents,
        firstDueOn,
      });
      await loans.insertSchedule({
        id: newId(),
        loanId: loan.id,
        organizationId: loan.organizationId,
        version: 1,
        reason: 'initial',
        effectiveOn: input.paidOn,
        principalCents: loan.principalCents,
        annualRateBps: loan.annualRateBps,
        termMonths: loan.termMonths,
        note: null,
        createdBy: actor.userId,
        now,
        installments: installments.map((i) => ({ ...i, id: newId() })),
      });
    }
    await loans.addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.paidOn,
      kind: 'disbursed',
      details: {
        amountCents: input.amountCents,
        payeeKind: input.payeeKind,
        tranche: disbursements.length + 1,
      },
      recordedBy: actor.userId,
      now,
    });
    const settled = await settleStatus(trx, loan, input.paidOn);
    await publishLoanEvent(
      timeline,
      { ...loan, fundName: fund.name },
      {
        kind: 'loan.disbursed',
        on: input.paidOn,
        resource: { type: 'loan', id: loan.id },
        recordedBy: actor.userId,
        data: { tranche: disbursements.length + 1 },
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.disburse',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: { tranche: disbursements.length + 1, payeeKind: input.payeeKind },
    });
    return presentLoan(trx, settled, fund, can, today);
  },
);
