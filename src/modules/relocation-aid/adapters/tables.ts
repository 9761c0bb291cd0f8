import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AidAccount, AidEntryKind } from '../domain/aid-ledger.js';
import type { AidRules } from '../domain/aid-rules.js';
import type {
  AidPurpose,
  AssessmentReason,
  CostKind,
  PaymentMethod,
  RefusalReason,
  RequestStatus,
} from '../domain/vocabulary.js';

type Cents = ColumnType<number, number, number>;

export interface AidRuleVersionsTable {
  id: string;
  /** The program's owner organization, which keeps its rules. */
  organization_id: string;
  program_id: string;
  version: number;
  effective_from: string;
  rules: JSONColumnType<AidRules, string, never>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface AidBudgetsTable {
  id: string;
  organization_id: string;
  program_id: string;
  year: number;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface AidAllocationsTable {
  id: string;
  organization_id: string;
  budget_id: string;
  funder: string;
  amount_cents: Cents;
  allocated_on: string;
  entry_id: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface AidRequestsTable {
  id: string;
  /** The member organization that follows the person and filed the request. */
  organization_id: string;
  person_id: string;
  program_id: string;
  owner_organization_id: string;
  household_key: string;
  household_size: number;
  traveller_person_ids: JSONColumnType<string[], string, never>;
  dependants_count: number;
  purpose: AidPurpose;
  stay_id: string | null;
  region_country: string;
  region_code: string;
  note: string | null;
  status: RequestStatus;
  filed_on: string;
  filed_by: string;
  filed_at: ColumnType<Date, Date, never>;
  rule_version_id: string | null;
  budget_id: string | null;
  decided_on: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  approved_cents: Cents | null;
  refusal_reason: RefusalReason | null;
  decision_note: string | null;
  /** What a cancellation of the approval released (migration 0078); null while the approval stands. */
  released_cents: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface AidRequestLinesTable {
  request_id: string;
  line_no: number;
  organization_id: string;
  kind: CostKind;
  description: string | null;
  amount_cents: Cents;
  receipt_document_id: string | null;
  assessed_cents: Cents | null;
  reasons: JSONColumnType<AssessmentReason[] | null, string | null, string | null>;
  approved_cents: Cents | null;
}

export interface AidJournalEntriesTable {
  id: string;
  organization_id: string;
  budget_id: string;
  sequence: Generated<number>;
  occurred_on: string;
  kind: AidEntryKind;
  request_id: string | null;
  memo: string;
  reverses_entry_id: string | null;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface AidJournalLinesTable {
  entry_id: string;
  line_no: number;
  organization_id: string;
  budget_id: string;
  occurred_on: string;
  account: AidAccount;
  request_id: string | null;
  debit_cents: Cents;
  credit_cents: Cents;
}

export interface AidPaymentsTable {
  id: string;
  /** The program's owner, which pays. */
  organization_id: string;
  request_id: string;
  budget_id: string;
  amount_cents: Cents;
  paid_on: string;
  method: PaymentMethod;
  reference: string | null;
  entry_id: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface AidPaymentReversalsTable {
  id: string;
  organization_id: string;
  payment_id: string;
  reversed_on: string;
  reason: string;
  entry_id: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

/** The cancellation of an approval not fully paid (migration 0078): a row of the owner, as payments. */
export interface AidApprovalCancellationsTable {
  id: string;
  organization_id: string;
  request_id: string;
  budget_id: string;
  cancelled_on: string;
  reason: string;
  released_cents: Cents;
  entry_id: string;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    aid_rule_versions: AidRuleVersionsTable;
    aid_budgets: AidBudgetsTable;
    aid_allocations: AidAllocationsTable;
    aid_requests: AidRequestsTable;
    aid_request_lines: AidRequestLinesTable;
    aid_journal_entries: AidJournalEntriesTable;
    aid_journal_lines: AidJournalLinesTable;
    aid_payments: AidPaymentsTable;
    aid_payment_reversals: AidPaymentReversalsTable;
    aid_approval_cancellations: AidApprovalCancellationsTable;
  }
}
