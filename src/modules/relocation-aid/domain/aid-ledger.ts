import { chartOfAccounts, creditLine, debitLine, type LedgerLine } from '../../../core/ledger/ledger.js';

/**
 * The aid budget's chart of accounts, on the shared ledger core (src/core/ledger). Allocations bring
 * cash in against the funds allocated by funders; a payment is an aid expense out of cash. Approved
 * aid not yet paid is encumbered (budgetary accounting): an encumbrance against its reserve, released
 * when it is paid, so that what is committed is also a sum of journal lines.
 */
export const aidAccountNature = {
  budget_cash: 'debit',
  aid_expense: 'debit',
  encumbrances: 'debit',
  allocated_funds: 'credit',
  reserve_for_encumbrances: 'credit',
} as const;
export const aidChart = chartOfAccounts(aidAccountNature);
export type AidAccount = keyof typeof aidAccountNature;
export const aidAccounts = aidChart.accounts;

export const aidEntryKinds = [
  'allocation',
  'commitment',
  'payment',
  'payment_reversal',
  'cancellation',
] as const;
export type AidEntryKind = (typeof aidEntryKinds)[number];

export interface AidLine extends LedgerLine<AidAccount> {
  /** The request a line concerns (commitments, payments), null for allocations. */
  requestId: string | null;
}

const dr = (account: AidAccount, cents: number, requestId: string | null = null): AidLine =>
  debitLine(account, cents, { requestId });
const cr = (account: AidAccount, cents: number, requestId: string | null = null): AidLine =>
  creditLine(account, cents, { requestId });

/** Money allocated to the budget by a funder. */
export function allocationEntry(cents: number): AidLine[] {
  return [dr('budget_cash', cents), cr('allocated_funds', cents)];
}

/** An approval sets the approved amount aside for the request. */
export function commitmentEntry(requestId: string, cents: number): AidLine[] {
  return [dr('encumbrances', cents, requestId), cr('reserve_for_encumbrances', cents, requestId)];
}

/** The payment: cash out to the aid expense, and the request's encumbrance released. */
export function paymentEntry(requestId: string, cents: number): AidLine[] {
  return [
    dr('aid_expense', cents, requestId),
    cr('budget_cash', cents),
    dr('reserve_for_encumbrances', cents, requestId),
    cr('encumbrances', cents, requestId),
  ];
}

/** A cancelled approval: the unpaid remainder of its commitment released, available again. */
export function releaseEntry(requestId: string, cents: number): AidLine[] {
  return [dr('reserve_for_encumbrances', cents, requestId), cr('encumbrances', cents, requestId)];
}

export interface BudgetPosition {
  allocatedCents: number;
  cashCents: number;
  committedCents: number;
  paidCents: number;
  /** What new approvals may still use: cash not yet committed. */
  availableCents: number;
}

/** The budget's figures, each a natural balance of the journal. */
export function budgetPosition(balance: (account: AidAccount) => number): BudgetPosition {
  const cashCents = balance('budget_cash');
  const committedCents = balance('encumbrances');
  return {
    allocatedCents: balance('allocated_funds'),
    cashCents,
    committedCents,
    paidCents: balance('aid_expense'),
    availableCents: cashCents - committedCents,
  };
}
