import type { LoanDetail } from '../../../contracts/loan-fund.js';
import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import type { FundRecord } from '../adapters/funds-repository.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { type LoanRecord, loansRepository } from '../adapters/loans-repository.js';
import { type InstallmentPosition, remainingOn } from '../domain/allocation.js';
import { installmentState, loanPosition } from '../domain/loan-position.js';
import { loanStanding, nextInstallmentOf, unpaidDueDates } from '../domain/loan-standing.js';
import type { FundCapabilities } from './fund-access.js';

export function presentInstallment(i: InstallmentPosition, today: string) {
  const total = i.principalCents + i.interestCents + i.feeCents;
  const remaining = remainingOn(i);
  return {
    id: i.installmentId,
    number: i.number,
    dueOn: i.dueOn,
    principalCents: i.principalCents,
    interestCents: i.interestCents,
    feeCents: i.feeCents,
    totalCents: total,
    paidCents: total - remaining,
    remainingCents: remaining,
    state: installmentState(i, today),
  };
}

/** Everything the loan page shows, every balance read from the journal and the allocations. */
export async function presentLoan(
  db: Executor,
  loan: LoanRecord,
  fund: FundRecord,
  can: FundCapabilities,
  today: string,
): Promise<LoanDetail> {
  const repo = loansRepository(db);
  const [positions, balances, history] = await Promise.all([
    repo.positions(loan.id),
    ledgerRepository(db).loanBalances(loan.id),
    repo.history(loan),
  ]);
  const { schedules, disbursements, payments, allocations, events, productName } = history;
  const names = await accountsApi(db).displayNames(
    payments.flatMap((p) => (p.recordedBy ? [p.recordedBy] : [])),
  );
  const position = loanPosition(positions, today);
  // The same rule as the fund's list: closed loans have no arrears, "next" is the coming installment.
  const standing = loanStanding(loan.status, unpaidDueDates(positions, today), today);
  const next = nextInstallmentOf(positions, standing);
  const closed = loan.status === 'repaid' || loan.status === 'written_off';
  const inForce = schedules.find((s) => !s.superseded);
  return {
    id: loan.id,
    reference: loan.reference,
    fundId: fund.id,
    fundName: fund.name,
    currency: fund.currency,
    applicationId: loan.applicationId,
    personId: loan.personId,
    borrowerName: loan.borrowerName,
    productName: productName ?? '',
    status: loan.status,
    principalCents: loan.principalCents,
    annualRateBps: loan.annualRateBps,
    termMonths: inForce?.termMonths ?? loan.termMonths,
    graceMonths: loan.graceMonths,
    originationFeeCents: loan.originationFeeCents,
    approvedOn: loan.approvedOn,
    closedOn: loan.closedOn,
    disbursedCents: balances.disbursedCents,
    outstandingPrincipalCents: balances.receivableCents,
    creditCents: balances.creditCents,
    pastDueCents: closed ? 0 : position.pastDueCents,
    daysPastDue: standing.daysPastDue,
    agingBucket: standing.agingBucket,
    remainingToPayCents: loan.status === 'written_off' ? 0 : position.remainingToPayCents,
    nextInstallment: next ? presentInstallment(next, today) : null,
    scheduleVersion: inForce?.version ?? 0,
    schedule: positions.map((i) => presentInstallment(i, today)),
    scheduleHistory: schedules.map((s) => ({
      version: s.version,
      reason: s.reason,
      effectiveOn: s.effectiveOn,
      termMonths: s.termMonths,
      note: s.note,
    })),
    disbursements,
    payments: payments.map((p) => ({
      id: p.id,
      amountCents: p.amountCents,
      receivedOn: p.receivedOn,
      method: p.method as LoanDetail['payments'][number]['method'],
      recordedByName: p.recordedBy ? (names.get(p.recordedBy) ?? null) : null,
      reversedOn: p.reversedOn,
      reversalReason: p.reversalReason,
      allocations: allocations
        .filter((a) => a.paymentId === p.id)
        .map((a) => ({
          installmentNumber: a.installmentNumber,
          component: a.component,
          amountCents: a.amountCents,
        })),
    })),
    events,
    can,
  };
}
