import {
  type AccountBalance as CoreAccountBalance,
  chartOfAccounts,
  assertBalanced as coreAssertBalanced,
  naturalBalance as coreNaturalBalance,
  trialBalance as coreTrialBalance,
  creditLine,
  debitLine,
  type LedgerLine,
} from '../../../core/ledger/ledger.js';
import type { Allocation } from './allocation.js';
import type { Cents } from './money.js';

export { reversalOf, UnbalancedEntryError } from '../../../core/ledger/ledger.js';

/**
 * The fund's chart of accounts. Assets and expenses carry debit balances; liabilities, capital and
 * income carry credit balances. Loans receivable is kept per loan (each line names its loan).
 */
export const ledgerAccounts = [
  'fund_cash',
  'loans_receivable',
  'borrower_credit',
  'loans_payable',
  'contributed_capital',
  'interest_income',
  'fee_income',
  'write_off_expense',
] as const;
export type LedgerAccount = (typeof ledgerAccounts)[number];

export const accountNature: Record<LedgerAccount, 'debit' | 'credit'> = {
  fund_cash: 'debit',
  loans_receivable: 'debit',
  borrower_credit: 'credit',
  loans_payable: 'credit',
  contributed_capital: 'credit',
  interest_income: 'credit',
  fee_income: 'credit',
  write_off_expense: 'debit',
};

/** The fund's chart for the shared ledger core (src/core/ledger). */
export const fundChart = chartOfAccounts(accountNature);

export interface EntryLine extends LedgerLine<LedgerAccount> {
  loanId: string | null;
}

export const movementKinds = [
  'contribution',
  'disbursement',
  'payment',
  'payment_reversal',
  'write_off',
  'credit_refund',
] as const;
export type MovementKind = (typeof movementKinds)[number];

/** Every movement is a set of lines whose debits equal its credits; anything else is a programming error. */
export function assertBalanced(lines: readonly EntryLine[]): void {
  coreAssertBalanced(lines);
}

const dr = (account: LedgerAccount, cents: Cents, loanId: string | null = null): EntryLine =>
  debitLine(account, cents, { loanId });
const cr = (account: LedgerAccount, cents: Cents, loanId: string | null = null): EntryLine =>
  creditLine(account, cents, { loanId });

export const contributionKinds = ['grant', 'donation', 'loan_to_fund'] as const;
export type ContributionKind = (typeof contributionKinds)[number];

export function contributionEntry(kind: ContributionKind, cents: Cents): EntryLine[] {
  return [
    dr('fund_cash', cents),
    cr(kind === 'loan_to_fund' ? 'loans_payable' : 'contributed_capital', cents),
  ];
}

export function disbursementEntry(loanId: string, cents: Cents): EntryLine[] {
  return [dr('loans_receivable', cents, loanId), cr('fund_cash', cents)];
}

const incomeAccount = {
  fee: 'fee_income',
  interest: 'interest_income',
  principal: 'loans_receivable',
  credit: 'borrower_credit',
} as const satisfies Record<Allocation['component'], LedgerAccount>;

/** Cash in, credited component by component as the payment was allocated. */
export function paymentEntry(loanId: string, allocations: readonly Allocation[]): EntryLine[] {
  const byAccount = new Map<LedgerAccount, Cents>();
  let total = 0;
  for (const a of allocations) {
    const account = incomeAccount[a.component];
    byAccount.set(account, (byAccount.get(account) ?? 0) + a.amountCents);
    total += a.amountCents;
  }
  return [
    dr('fund_cash', total),
    ...[...byAccount].map(([account, cents]) => cr(account, cents, loanOnLine(account, loanId))),
  ];
}

export function writeOffEntry(loanId: string, outstandingCents: Cents): EntryLine[] {
  return [dr('write_off_expense', outstandingCents), cr('loans_receivable', outstandingCents, loanId)];
}

export function creditRefundEntry(loanId: string, cents: Cents): EntryLine[] {
  return [dr('borrower_credit', cents, loanId), cr('fund_cash', cents)];
}

function loanOnLine(account: LedgerAccount, loanId: string): string | null {
  return account === 'loans_receivable' || account === 'borrower_credit' ? loanId : null;
}

export type AccountBalance = CoreAccountBalance<LedgerAccount>;

/** Balance in the account's own direction: positive cash, positive capital. */
export function naturalBalance(b: AccountBalance): Cents {
  return coreNaturalBalance(fundChart, b);
}

/** Sums lines per account; the trial balance's debits and credits are equal when every entry balanced. */
export function trialBalance(lines: readonly EntryLine[]): AccountBalance[] {
  return coreTrialBalance(fundChart, lines);
}
