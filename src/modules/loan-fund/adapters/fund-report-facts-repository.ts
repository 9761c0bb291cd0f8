import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { FundFacts, FundLoanFact } from '../../reports/domain/fund-facts.js';
import './tables.js';

interface LoanRow {
  id: string;
  person_id: string;
  principal_cents: number;
  status: 'approved' | 'active' | 'repaid' | 'written_off';
  closed_on: string | null;
  first_disbursed_on: string | null;
}

interface InstallmentRow {
  loan_id: string;
  due_on: string;
  principal_cents: number;
  interest_cents: number;
}

interface LineRow {
  entry_id: string;
  kind: string;
  occurred_on: string;
  account: string;
  loan_id: string | null;
  debit_cents: number;
  credit_cents: number;
}

/**
 * The fund's books as they stood at the end of `asOf`, for its report: one statement for the fund, one
 * for its loans, one for the schedules in force, one for the journal. Nothing dated after `asOf` is read;
 * a loan closed after it was still being repaid on that day. Undefined when there is no such fund.
 */
export async function readFundReportFacts(
  db: Executor,
  fundId: string,
  asOf: string,
): Promise<FundFacts | undefined> {
  const fund = await db
    .selectFrom('loan_funds')
    .select(['id', 'currency'])
    .where('id', '=', fundId)
    .executeTakeFirst();
  if (!fund) return undefined;
  const [loans, installments, lines] = await Promise.all([
    sql<LoanRow>`
      SELECT l.id, l.person_id, l.principal_cents::bigint AS principal_cents, l.status,
             l.closed_on::text AS closed_on,
             (SELECT min(d.paid_on) FROM loan_disbursements d
               WHERE d.loan_id = l.id AND d.organization_id = l.organization_id AND d.paid_on <= ${asOf}
             )::text AS first_disbursed_on
      FROM loans l
      WHERE l.fund_id = ${fundId} AND l.approved_on <= ${asOf}
      ORDER BY l.id
    `.execute(db),
    // The schedule in force on `asOf`: the latest version effective by then (the first one always is).
    sql<InstallmentRow>`
      WITH in_force AS (
        SELECT DISTINCT ON (s.loan_id) s.id, s.organization_id
        FROM loan_schedules s JOIN loans l ON l.id = s.loan_id AND l.organization_id = s.organization_id
        WHERE l.fund_id = ${fundId} AND (s.version = 1 OR s.effective_on <= ${asOf})
        ORDER BY s.loan_id, s.version DESC
      )
      SELECT i.loan_id, i.due_on::text AS due_on, i.principal_cents::bigint AS principal_cents,
             i.interest_cents::bigint AS interest_cents
      FROM loan_installments i
      JOIN in_force ON in_force.id = i.schedule_id AND in_force.organization_id = i.organization_id
      ORDER BY i.loan_id, i.number
    `.execute(db),
    sql<LineRow>`
      SELECT jl.entry_id, je.kind, jl.occurred_on::text AS occurred_on, jl.account, jl.loan_id,
             jl.debit_cents::bigint AS debit_cents, jl.credit_cents::bigint AS credit_cents
      FROM loan_journal_lines jl
      JOIN loan_journal_entries je ON je.id = jl.entry_id AND je.organization_id = jl.organization_id
      WHERE jl.fund_id = ${fundId} AND jl.occurred_on <= ${asOf}
      ORDER BY jl.occurred_on, je.sequence, jl.line_no
    `.execute(db),
  ]);
  const schedules = new Map<string, FundLoanFact['schedule'][number][]>();
  for (const i of installments.rows) {
    const schedule = schedules.get(i.loan_id) ?? [];
    schedule.push({
      dueOn: i.due_on,
      principalCents: Number(i.principal_cents),
      interestCents: Number(i.interest_cents),
    });
    schedules.set(i.loan_id, schedule);
  }
  const closedBy = (row: LoanRow, status: LoanRow['status']) =>
    row.status === status && row.closed_on !== null && row.closed_on <= asOf ? row.closed_on : null;
  return {
    fundId: fund.id,
    currency: fund.currency,
    loans: loans.rows.map((row) => ({
      loanId: row.id,
      borrowerPersonId: row.person_id,
      disbursedOn: row.first_disbursed_on,
      principalCents: Number(row.principal_cents),
      paidOffOn: closedBy(row, 'repaid'),
      writtenOffOn: closedBy(row, 'written_off'),
      schedule: schedules.get(row.id) ?? [],
    })),
    journal: lines.rows.map((l) => ({
      entryId: l.entry_id,
      kind: l.kind,
      on: l.occurred_on,
      account: l.account,
      loanId: l.loan_id,
      debitCents: Number(l.debit_cents),
      creditCents: Number(l.credit_cents),
    })),
  };
}
