import type { Executor } from '../../../core/db/types.js';
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

export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

async function readState(db: Executor, loanId: string) {
  const [positions, balances] = await Promise.all([
    loansRepository(db).positions(loanId),
    ledgerRepository(db).loanBalances(loanId),
  ]);
  return { positions, receivableCents: balances.receivableCents, disbursedCents: balances.disbursedCents };
}
