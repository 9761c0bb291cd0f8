import { z } from 'zod';
import { reversalBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { reversalOf } from '../domain/ledger.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf, settleStatus } from './settle-status.js';

export const reversePaymentInput = reversalBody.extend({ loanId: z.uuid(), paymentId: z.uuid() });

/**
 * A payment recorded by mistake (a bounced check, the wrong loan) is cancelled by a compensating
 * journal entry; the payment stays visible, marked reversed, and its allocations stop counting.
 */
export const reversePayment = defineUseCase(
  reversePaymentInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'service');
    const loans = loansRepository(trx);
    const payment = await loans.findPayment(loan.id, input.paymentId);
    if (!payment) throw loanFundErrors.paymentNotFound();
    if (payment.reversedOn) throw loanFundErrors.paymentAlreadyReversed();
    const milestones = await loans.milestones(loan);
    const barrier = milestones.lastScheduleChangeOn;
    if (barrier && payment.receivedOn < barrier) throw loanFundErrors.paymentBeforeRestructuring();
    if (loan.status === 'written_off') throw loanFundErrors.paymentBeforeRestructuring();
    const today = await fundTodayOf(trx, fund, now);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.reversedOn,
      today,
      facts: { kind: 'payment_reversal', loan: milestones, paymentReceivedOn: payment.receivedOn },
      fundLock: 'share',
    });

    const ledger = ledgerRepository(trx);
    const lines = await ledger.linesOf(payment.journalEntryId);
    const creditHeld = lines
      .filter((l) => l.account === 'borrower_credit')
      .reduce((sum, l) => sum + l.creditCents, 0);
    if (creditHeld > (await ledger.loanBalances(loan.id)).creditCents)
      throw loanFundErrors.creditAlreadyRefunded();
    const reversalEntryId = await ledger.post(
      {
        id: newId(),
        fundId: fund.id,
        occurredOn: input.reversedOn,
        kind: 'payment_reversal',
        loanId: loan.id,
        organizationId: loan.organizationId,
        memo: `${loan.reference} payment reversed`,
        reversesEntryId: payment.journalEntryId,
        recordedBy: actor.userId,
        now,
      },
      reversalOf(lines),
    );
    await loans.markReversed(payment.id, input.reversedOn, input.reason, reversalEntryId);
    const settled = await settleStatus(trx, loan, input.reversedOn);
    await loans.addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.reversedOn,
      kind: 'payment_reversed',
      details: { amountCents: payment.amountCents },
      recordedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.payment_reversal',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: { paymentId: payment.id },
    });
    return presentLoan(trx, settled, fund, can, today);
  },
);
