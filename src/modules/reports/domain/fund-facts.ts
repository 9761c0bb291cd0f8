import type { Figure, IndicatorUnit, Localized } from './indicator.js';

/**
 * What the revolving loan fund's report reads, as dated facts read from the fund's books (loans,
 * their disbursements and payments, the double-entry journal) as they stood on the day they were read
 * for: nothing later is in them. Amounts in integer cents; dates 'YYYY-MM-DD' in the organization's
 * time zone. Filled by the loan-fund module's api (`fundReportFacts`).
 *
 * Every amount is read from the journal (a reversed payment is there as its payment and the
 * compensating entry, so it counts as never paid); the loans say who borrowed, when and how each ended.
 */
export interface FundFacts {
  fundId: string;
  currency: string;
  loans: readonly FundLoanFact[];
  /** Journal lines of the fund (each traceable to its entry), for balances at any day. */
  journal: readonly FundJournalLine[];
}

export interface FundLoanFact {
  loanId: string;
  borrowerPersonId: string;
  /** The first disbursement: the day the loan was made. null while nothing was paid out. */
  disbursedOn: string | null;
  principalCents: number;
  /** Repaid in full on this day, if so (and it still was on the day the facts were read for). */
  paidOffOn: string | null;
  writtenOffOn: string | null;
  /**
   * The schedule in force on the day the facts were read for (after a restructuring, the new one, which
   * covers only the principal that was unpaid then): what falls due each day.
   */
  schedule: readonly { dueOn: string; principalCents: number; interestCents: number }[];
}

/** The fund's movements: contribution, disbursement, payment, payment_reversal, write_off, credit_refund. */
export type FundEntryKind = string;

export interface FundJournalLine {
  entryId: string;
  /** The entry's movement (`FundEntryKind`). */
  kind: FundEntryKind;
  on: string;
  /** fund_cash, loans_receivable, borrower_credit, loans_payable, contributed_capital, … */
  account: string;
  /** The loan, on loans_receivable and borrower_credit lines. */
  loanId: string | null;
  debitCents: number;
  creditCents: number;
}

export interface FundIndicatorDefinition {
  code: string;
  name: Localized;
  unit: IndicatorUnit;
  countingRule: Localized;
  compute(facts: FundFacts, context: { period: { from: string; to: string }; asOf: string }): Figure;
}
