import { z } from 'zod';
import { paymentBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { allocatePayment, withAllocations } from '../domain/allocation.js';
import { paymentEntry } from '../domain/ledger.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf, settleStatus } from './settle-status.js';

export const recordPaymentInput = paymentBody.extend({ loanId: z.uuid() });

/**
 * Records a repayment exactly once. The loan row is locked first, so two payments arriving together
 * are applied one after the other, each on the other's result; the same idempotency key sent again
 * returns the payment already recorded instead of a second one.
 */
export const recordPayment = defineUseCase(
  recordPaymentInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'service');
    const loans = loansRepository(trx);
    const today = await fundTodayOf(trx, fund, now);

    const existing = await loans.findPaymentByKey(loan.id, input.idempotencyKey);
    if (existing) {
      const same =
        existing.amountCents === input.amountCents &&
        existing.receivedOn === input.receivedOn &&
        existing.method === input.method;
      if (!same) throw loanFundErrors.idempotencyKeyReused();
      return { ...(await presentLoan(trx, loan, fund, can, today)), paymentId: existing.id, replayed: true };
    }
    if (loan.status !== 'active') throw loanFundErrors.loanNotActive();
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.receivedOn,
      today,
      facts: { kind: 'payment', loan: await loans.milestones(loan) },
      fundLock: 'share',
    });

    const ledger = ledgerRepository(trx);
    const [positions, balances] = await Promise.all([loans.positions(loan.id), ledger.loanBalances(loan.id)]);
    const allocations = allocatePayment(positions, balances.receivableCents, input.amountCents);
    const journalEntryId = await ledger.post(
      {
        id: newId(),
        fundId: fund.id,
        occurredOn: input.receivedOn,
        kind: 'payment',
        loanId: loan.id,
        organizationId: loan.organizationId,
        memo: `${loan.reference} payment (${input.method})`,
        recordedBy: actor.userId,
        now,
      },
      paymentEntry(loan.id, allocations),
    );
    const paymentId = newId();
    await loans.insertPayment(
      {
        id: paymentId,
        loanId: loan.id,
        organizationId: loan.organizationId,
        idempotencyKey: input.idempotencyKey,
        amountCents: input.amountCents,
        receivedOn: input.receivedOn,
        method: input.method,
        journalEntryId,
        recordedBy: actor.userId,
        now,
      },
      allocations,
    );
    const principalPaid = allocations
      .filter((a) => a.component === 'principal')
      .reduce((sum, a) => sum + a.amountCents, 0);
    const settled = await settleStatus(trx, loan, input.receivedOn, {
      positions: withAllocations(positions, allocations),
      receivableCents: balances.receivableCents - principalPaid,
      disbursedCents: balances.disbursedCents,
    });
    await loans.addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.receivedOn,
      kind: settled.status === 'repaid' ? 'repaid' : 'payment',
      details: { amountCents: input.amountCents },
      recordedBy: actor.userId,
      now,
    });
    // Each payment stays in the loan's history; the borrower's timeline tells only the last one.
    if (settled.status === 'repaid') {
      await publishLoanEvent(
        timeline,
        { ...loan, fundName: fund.name },
        {
          kind: 'loan.repaid',
          on: input.receivedOn,
          resource: { type: 'loan', id: loan.id },
          recordedBy: actor.userId,
        },
      );
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.payment',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: { allocations: allocations.length, method: input.method },
    });
    return { ...(await presentLoan(trx, settled, fund, can, today)), paymentId, replayed: false };
  },
);
