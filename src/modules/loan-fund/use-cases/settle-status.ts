import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { ledgerRepository } from '../adapters/ledger-repository.js';
import { type LoanRecord, loansRepository } from '../adapters/loans-repository.js';
import type { InstallmentPosition } from '../domain/allocation.js';
import { statusAfterMovement } from '../domain/loan-position.js';

/** After a movement, the loan's status follows its books: repaid when nothing remains, active again after a reversal. */
export async function settleStatus(
  db: Executor,
  loan: LoanRecord,
  movementOn: string,
  known?: { positions: InstallmentPosition[]; receivableCents: number; disbursedCents: number },
): Promise<LoanRecord> {
  const repo = loansRepository(db);
  const state = known ?? (await readState(db, loan.id));
  const status = statusAfterMovement(
    loan.status,
    state.positions,
    state.receivableCents,
    state.disbursedCents,
  );
  const closedOn =
    status === 'repaid'
      ? loan.status === 'repaid'
        ? loan.closedOn
        : movementOn
      : status === 'written_off'
        ? loan.closedOn
        : null;
  if (status !== loan.status || closedOn !== loan.closedOn) await repo.setStatus(loan.id, status, closedOn);
  return { ...loan, status, closedOn };
}

/**
 * Today ('YYYY-MM-DD') in the fund's books: the day where its operator works, in its time zone, not
 * in UTC. Every date of a fund (filing, decision, disbursement, payment, "as of today") counts from
 * the same day, so that a disbursement recorded in Louisville's evening never falls before the
 * decision taken that same evening.
 */
export function fundTodayOf(
  db: Executor,
  fund: { operatorOrganizationId: string },
  now: Date,
): Promise<string> {
  return organizationsApi(db).todayOf(fund.operatorOrganizationId, now);
}

async function readState(db: Executor, loanId: string) {
  const [positions, balances] = await Promise.all([
    loansRepository(db).positions(loanId),
    ledgerRepository(db).loanBalances(loanId),
  ]);
  return { positions, receivableCents: balances.receivableCents, disbursedCents: balances.disbursedCents };
}
