import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Created = ColumnType<Date, Date, never>;
/** bigint columns are parsed to number by both engines (see core/db/connect.ts); cents stay below 2^53. */
type CentsColumn = number;

/**
 * Every table of the fund is keyed by the fund's operating organization (ADR 12): `organization_id` is
 * the operator's on every row of its books, its applications and its loans.
 */
export interface LoanFundsTable {
  id: string;
  /** The operating organization. */
  organization_id: string;
  participating_organization_ids: string[];
  name: string;
  currency: string;
  description: string | null;
  /** Entries are never dated before it (nor before 1900); null when not known. */
  started_on: string | null;
  /** The books are closed through this day: no entry may be dated on or before it. */
  closed_through: string | null;
  created_at: Created;
  created_by: string | null;
}

export interface LoanProductsTable {
  id: string;
  organization_id: string;
  fund_id: string;
  name: string;
  max_amount_cents: CentsColumn;
  max_term_months: number;
  annual_rate_bps: number;
  grace_months: number;
  origination_fee_cents: CentsColumn;
  eligible_purposes: string[];
  active: boolean;
  created_at: Created;
}

export interface LoanJournalEntriesTable {
  id: string;
  organization_id: string;
  fund_id: string;
  sequence: Generated<number>;
  occurred_on: string;
  kind: string;
  loan_id: string | null;
  memo: string;
  reverses_entry_id: string | null;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface LoanJournalLinesTable {
  entry_id: string;
  line_no: number;
  organization_id: string;
  fund_id: string;
  occurred_on: string;
  account: string;
  loan_id: string | null;
  debit_cents: CentsColumn;
  credit_cents: CentsColumn;
}

export interface LoanContributionsTable {
  id: string;
  organization_id: string;
  fund_id: string;
  kind: 'grant' | 'donation' | 'loan_to_fund';
  contributor: string;
  amount_cents: CentsColumn;
  received_on: string;
  note: string | null;
  journal_entry_id: string;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface LoanApplicationsTable {
  id: string;
  organization_id: string;
  fund_id: string;
  product_id: string;
  /** The organization that filed the application and follows the borrower (`person_id` is its person). */
  borrower_organization_id: string;
  person_id: string;
  borrower_name: string;
  reference: string;
  requested_cents: CentsColumn;
  term_months: number;
  costs: JSONColumnType<
    { purpose: string; description: string; amountCents: number; payee: string | null }[]
  >;
  plan_reference: string | null;
  status: 'submitted' | 'approved' | 'declined' | 'withdrawn';
  filed_by: string;
  filed_on: string;
  filed_at: Created;
  decided_by: string | null;
  decided_on: string | null;
  decision_reasons: string | null;
  committee_members: string[] | null;
  approved_cents: CentsColumn | null;
}

export interface LoansTable {
  id: string;
  organization_id: string;
  fund_id: string;
  application_id: string;
  product_id: string;
  /** The organization that filed the application and follows the borrower (`person_id` is its person). */
  borrower_organization_id: string;
  person_id: string;
  borrower_name: string;
  reference: string;
  principal_cents: CentsColumn;
  annual_rate_bps: number;
  term_months: number;
  grace_months: number;
  origination_fee_cents: CentsColumn;
  status: 'approved' | 'active' | 'repaid' | 'written_off';
  approved_on: string;
  closed_on: string | null;
  created_at: Created;
}

export interface LoanSchedulesTable {
  id: string;
  organization_id: string;
  loan_id: string;
  version: number;
  reason: 'initial' | 'restructuring';
  effective_on: string;
  principal_cents: CentsColumn;
  annual_rate_bps: number;
  term_months: number;
  note: string | null;
  superseded: boolean;
  created_by: string | null;
  created_at: Created;
}

export interface LoanInstallmentsTable {
  id: string;
  organization_id: string;
  schedule_id: string;
  loan_id: string;
  number: number;
  due_on: string;
  principal_cents: CentsColumn;
  interest_cents: CentsColumn;
  fee_cents: CentsColumn;
}

export interface LoanDisbursementsTable {
  id: string;
  organization_id: string;
  loan_id: string;
  tranche: number;
  amount_cents: CentsColumn;
  payee_kind: 'borrower' | 'vendor';
  payee_name: string;
  purpose: string;
  paid_on: string;
  journal_entry_id: string;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface LoanPaymentsTable {
  id: string;
  organization_id: string;
  loan_id: string;
  idempotency_key: string;
  amount_cents: CentsColumn;
  received_on: string;
  method: string;
  journal_entry_id: string;
  reversed_on: string | null;
  reversal_reason: string | null;
  reversal_entry_id: string | null;
  recorded_by: string | null;
  recorded_at: Created;
}

export interface LoanAllocationsTable {
  payment_id: string;
  line_no: number;
  organization_id: string;
  loan_id: string;
  installment_id: string | null;
  component: 'fee' | 'interest' | 'principal' | 'credit';
  amount_cents: CentsColumn;
}

export interface LoanEventsTable {
  id: string;
  organization_id: string;
  loan_id: string;
  occurred_on: string;
  kind: string;
  details: JSONColumnType<Record<string, unknown>>;
  recorded_by: string | null;
  recorded_at: Created;
}

/** One loan's books after its latest movement (migration 0082, kept by triggers; dashboard-repository.ts). */
export interface LoanFundPositionsTable {
  organization_id: string;
  fund_id: string;
  loan_id: string;
  person_id: string;
  status: string;
  closed_on: string | null;
  first_disbursed_on: string | null;
  disbursed_cents: CentsColumn;
  receivable_cents: CentsColumn;
  due_dates: string[];
  due_cumulative: CentsColumn[];
  paid_cumulative: CentsColumn[];
  first_unpaid_on: string | null;
  last_movement_on: string;
}

/** Debits and credits of each account by fund and month (migration 0082, kept by a trigger). */
export interface LoanFundMonthTotalsTable {
  organization_id: string;
  fund_id: string;
  month: string;
  account: string;
  debit_cents: CentsColumn;
  credit_cents: CentsColumn;
}

declare module '../../../core/db/types.js' {
  interface Database {
    loan_funds: LoanFundsTable;
    loan_products: LoanProductsTable;
    loan_journal_entries: LoanJournalEntriesTable;
    loan_journal_lines: LoanJournalLinesTable;
    loan_contributions: LoanContributionsTable;
    loan_applications: LoanApplicationsTable;
    loans: LoansTable;
    loan_schedules: LoanSchedulesTable;
    loan_installments: LoanInstallmentsTable;
    loan_disbursements: LoanDisbursementsTable;
    loan_payments: LoanPaymentsTable;
    loan_allocations: LoanAllocationsTable;
    loan_events: LoanEventsTable;
    loan_fund_positions: LoanFundPositionsTable;
    loan_fund_month_totals: LoanFundMonthTotalsTable;
  }
}
