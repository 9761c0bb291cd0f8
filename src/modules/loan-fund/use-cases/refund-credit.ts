import { z } from 'zod';
import { creditRefundBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { creditRefundEntry } from '../domain/ledger.js';
import { formatCents } from '../domain/money.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf } from './settle-status.js';

export const refundCreditInput = creditRefundBody.extend({ loanId: z.uuid() });

/** What a borrower paid beyond what they owed is theirs: it goes back out of the fund's cash. */
export const refundCredit = defineUseCase(
  refundCreditInput,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'service');
    await fundsRepository(trx).lockFund(fund.id);
    const today = await fundTodayOf(trx, fund, now);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.refundedOn,
      today,
      facts: { kind: 'credit_refund', loan: await loansRepository(trx).milestones(loan) },
      fundLock: 'held',
    });
    const ledger = ledgerRepository(trx);
    const { creditCents } = await ledger.loanBalances(loan.id);
    if (input.amountCents > creditCents) {
      throw loanFundErrors.refundAboveCredit({ credit: formatCents(creditCents, fund.currency, ctx.locale) });
    }
    await ledger.post(
      {
        id: newId(),
        fundId: fund.id,
        occurredOn: input.refundedOn,
        kind: 'credit_refund',
        loanId: loan.id,
        organizationId: loan.organizationId,
        memo: `${loan.reference} credit refunded to the borrower`,
        recordedBy: actor.userId,
        now,
      },
      creditRefundEntry(loan.id, input.amountCents),
    );
    await loansRepository(trx).addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.refundedOn,
      kind: 'credit_refunded',
      details: { amountCents: input.amountCents },
      recordedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.credit_refund',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return presentLoan(trx, loan, fund, can, today);
  },
);
