import type { Executor } from '../../../core/db/types.js';
import { fundsRepository } from '../adapters/funds-repository.js';
import { type EntryDateViolation, type EntryFacts, entryDateViolation } from '../domain/entry-dates.js';
import { loanFundErrors } from '../errors.js';

export function entryDateError(violation: EntryDateViolation) {
  switch (violation.rule) {
    case 'in_future':
      return loanFundErrors.dateInFuture({ date: violation.latest });
    case 'before_fund_start':
      return loanFundErrors.dateBeforeFundStart({ date: violation.earliest });
    case 'in_closed_period':
      return loanFundErrors.dateInClosedPeriod({
        closedThrough: violation.closedThrough,
        date: violation.earliest,
      });
    case 'before_previous_movement':
      return loanFundErrors.dateBeforeLastMovement({ date: violation.earliest });
  }
}

/**
 * Refuses an entry dated outside what the fund and the loan allow. Unless the caller already holds the
 * fund row locked (`held`), the fund's period is read with a share lock kept to the end of the
 * transaction, so that a closing of the period cannot slip between this check and the entry's commit.
 */
export async function requireEntryDate(
  db: Executor,
  entry: { fundId: string; date: string; today: string; facts: EntryFacts; fundLock: 'held' | 'share' },
): Promise<void> {
  const period = await fundsRepository(db).periodOf(
    entry.fundId,
    entry.fundLock === 'held' ? 'none' : 'share',
  );
  if (!period) throw loanFundErrors.fundNotFound();
  const violation = entryDateViolation(entry.date, entry.today, period, entry.facts);
  if (violation) throw entryDateError(violation);
}
