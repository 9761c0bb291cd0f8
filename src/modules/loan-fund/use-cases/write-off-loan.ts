import { z } from 'zod';
import { writeOffBody } from '../../../contracts/loan-fund.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { loansRepository } from '../adapters/loans-repository.js';
import { writeOffEntry } from '../domain/ledger.js';
import { loanFundErrors } from '../errors.js';
import { requireEntryDate } from './entry-date.js';
import { loanWithCapability } from './fund-access.js';
import { publishLoanEvent } from './loan-timeline.js';
import { presentLoan } from './present-loan.js';
import { fundTodayOf } from './settle-status.js';

export const writeOffLoanInput = writeOffBody.extend({ loanId: z.uuid() });

/** The committee stops collecting: the principal still owed leaves the receivable as a loss. */
export const writeOffLoan = defineUseCase(
  writeOffLoanInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const { loan, fund, can } = await loanWithCapability(trx, actor, input.loanId, 'manage');
    if (loan.status !== 'active') throw loanFundErrors.loanNotActive();
    const loans = loansRepository(trx);
    const ledger = ledgerRepository(trx);
    const today = await fundTodayOf(trx, fund, now);
    await requireEntryDate(trx, {
      fundId: fund.id,
      date: input.writtenOffOn,
      today,
      facts: { kind: 'write_off', loan: await loans.milestones(loan) },
      fundLock: 'share',
    });
    const { receivableCents } = await ledger.loanBalances(loan.id);
    if (receivableCents > 0) {
      await ledger.post(
        {
          id: newId(),
          fundId: fund.id,
          occurredOn: input.writtenOffOn,
          kind: 'write_off',
          loanId: loan.id,
          organizationId: loan.organizationId,
          memo: `${loan.reference} write-off`,
          recordedBy: actor.userId,
          now,
        },
        writeOffEntry(loan.id, receivableCents),
      );
    }
    await loans.setStatus(loan.id, 'written_off', input.writtenOffOn);
    await loans.addEvent({
      id: newId(),
      loanId: loan.id,
      organizationId: loan.organizationId,
      occurredOn: input.writtenOffOn,
      kind: 'written_off',
      details: { amountCents: receivableCents, reason: input.reason },
      recordedBy: actor.userId,
      now,
    });
    await publishLoanEvent(
      timeline,
      { ...loan, fundName: fund.name },
      {
        kind: 'loan.written_off',
        on: input.writtenOffOn,
        resource: { type: 'loan', id: loan.id },
        recordedBy: actor.userId,
      },
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: loan.borrowerOrganizationId,
      action: 'loan.write_off',
      resourceType: 'loan',
      resourceId: loan.id,
      personId: loan.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return presentLoan(
      trx,
      { ...loan, status: 'written_off', closedOn: input.writtenOffOn },
      fund,
      can,
      today,
    );
  },
);
