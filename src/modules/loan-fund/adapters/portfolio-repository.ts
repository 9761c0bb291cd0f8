import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { AgingBucket } from '../domain/arrears.js';
import { loanStanding } from '../domain/loan-standing.js';
import type { LoanFacts, LoanStatus } from '../domain/portfolio.js';
import './tables.js';

export interface LoanFactsRow extends LoanFacts {
  reference: string;
  borrowerName: string;
  principalCents: number;
  nextDueOn: string | null;
  /** null for a loan not being repaid (see loanStanding). */
  agingBucket: AgingBucket | null;
}

interface Row {
  id: string;
  person_id: string;
  reference: string;
  borrower_name: string;
  principal_cents: number;
  status: LoanStatus;
  closed_on: string | null;
  first_disbursed_on: string | null;
  receivable: number | null;
  disbursed: number | null;
  due_to_date: number | null;
  paid_on_due: number | null;
  oldest_unpaid: string | null;
  next_due_on: string | null;
}

/**
 * Every loan of a fund as it stood on `asOf`, aggregated by the database in one pass: principal owed
 * from the journal, amounts due and paid from the schedule in force and the live allocations.
 * A loan closed after `asOf` was still being repaid on that date.
 */
export async function loanFactsOfFund(db: Executor, fundId: string, asOf: string): Promise<LoanFactsRow[]> {
  // The per-installment totals of a large fund overflow the default 4 MB sort memory to disk (measured
  // with `npm run bench`); LOCAL keeps the setting to this transaction.
  await sql`SET LOCAL work_mem = '32MB'`.execute(db);
  const result = await sql<Row>`
    WITH settled AS (
      -- Repaid by the report date: every installment is paid, so their payments need not be read.
      SELECT id FROM loans WHERE fund_id = ${fundId} AND status = 'repaid' AND closed_on <= ${asOf}
    ),
    paid AS (
      SELECT a.installment_id, sum(a.amount_cents) AS paid
      FROM loan_allocations a
      JOIN loan_payments p ON p.id = a.payment_id
      JOIN loans l ON l.id = a.loan_id
      WHERE l.fund_id = ${fundId} AND a.installment_id IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM settled WHERE settled.id = l.id)
        AND p.received_on <= ${asOf} AND (p.reversed_on IS NULL OR p.reversed_on > ${asOf})
      GROUP BY a.installment_id
    ),
    installments AS (
      SELECT i.loan_id, i.due_on,
             (i.principal_cents + i.interest_cents + i.fee_cents) AS due,
             CASE WHEN settled.id IS NOT NULL THEN i.principal_cents + i.interest_cents + i.fee_cents
                  ELSE coalesce(paid.paid, 0) END AS paid,
             (l.status <> 'written_off' OR l.closed_on > ${asOf} OR i.due_on <= l.closed_on) AS collectible
      FROM loan_installments i
      JOIN loan_schedules s ON s.id = i.schedule_id AND NOT s.superseded
      JOIN loans l ON l.id = i.loan_id
      LEFT JOIN settled ON settled.id = l.id
      LEFT JOIN paid ON paid.installment_id = i.id
      WHERE l.fund_id = ${fundId}
    ),
    per_loan AS (
      SELECT loan_id,
             sum(due) FILTER (WHERE due_on <= ${asOf} AND collectible) AS due_to_date,
             sum(least(paid, due)) FILTER (WHERE due_on <= ${asOf} AND collectible) AS paid_on_due,
             min(due_on) FILTER (WHERE paid < due AND due_on < ${asOf}) AS oldest_unpaid,
             min(due_on) FILTER (WHERE paid < due AND due_on >= ${asOf}) AS next_due_on
      FROM installments GROUP BY loan_id
    ),
    ledger AS (
      SELECT jl.loan_id,
             sum(jl.debit_cents - jl.credit_cents) AS receivable,
             sum(jl.debit_cents) FILTER (WHERE je.id IS NOT NULL) AS disbursed
      FROM loan_journal_lines jl
      LEFT JOIN loan_journal_entries je ON je.id = jl.entry_id AND je.kind = 'disbursement'
      WHERE jl.fund_id = ${fundId} AND jl.account = 'loans_receivable' AND jl.occurred_on <= ${asOf}
      GROUP BY jl.loan_id
    ),
    first_disbursement AS (
      SELECT d.loan_id, min(d.paid_on) AS first_disbursed_on
      FROM loan_disbursements d JOIN loans l ON l.id = d.loan_id
      WHERE l.fund_id = ${fundId} AND d.paid_on <= ${asOf}
      GROUP BY d.loan_id
    )
    SELECT l.id, l.person_id, l.reference, l.borrower_name, l.principal_cents, l.status, l.closed_on::text AS closed_on,
           fd.first_disbursed_on::text AS first_disbursed_on,
           ledger.receivable::bigint AS receivable, ledger.disbursed::bigint AS disbursed,
           per_loan.due_to_date::bigint AS due_to_date, per_loan.paid_on_due::bigint AS paid_on_due,
           per_loan.oldest_unpaid::text AS oldest_unpaid, per_loan.next_due_on::text AS next_due_on
    FROM loans l
    LEFT JOIN per_loan ON per_loan.loan_id = l.id
    LEFT JOIN ledger ON ledger.loan_id = l.id
    LEFT JOIN first_disbursement fd ON fd.loan_id = l.id
    WHERE l.fund_id = ${fundId} AND l.approved_on <= ${asOf}
  `.execute(db);
  return result.rows.map((r) => {
    const status = statusOn(r, asOf);
    const standing = loanStanding(
      status,
      { oldestOverdueOn: r.oldest_unpaid, nextDueOn: r.next_due_on },
      asOf,
    );
    return {
      loanId: r.id,
      personId: r.person_id,
      reference: r.reference,
      borrowerName: r.borrower_name,
      principalCents: Number(r.principal_cents),
      status,
      firstDisbursedOn: r.first_disbursed_on,
      disbursedCents: Number(r.disbursed ?? 0),
      outstandingPrincipalCents: Number(r.receivable ?? 0),
      daysPastDue: standing.daysPastDue,
      dueToDateCents: Number(r.due_to_date ?? 0),
      paidOnDueCents: Number(r.paid_on_due ?? 0),
      nextDueOn: standing.nextDueOn,
      agingBucket: standing.agingBucket,
    };
  });
}

function statusOn(r: Row, asOf: string): LoanStatus {
  if (!r.first_disbursed_on) return 'approved';
  if (r.closed_on && r.closed_on <= asOf) return r.status;
  return 'active';
}
