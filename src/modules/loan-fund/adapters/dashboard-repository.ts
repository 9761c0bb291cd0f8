import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { agingBucket, agingBuckets } from '../domain/arrears.js';
import type { LedgerAccount } from '../domain/ledger.js';
import { type LoanStatus, loanStatuses, type PortfolioFigures, ratio } from '../domain/portfolio.js';
import './tables.js';

export interface MonthlyTotal {
  month: string;
  account: LedgerAccount;
  debitCents: number;
  creditCents: number;
}

interface Row {
  loans: number;
  last_entry_on: string | null;
  last_movement_on: string | null;
  totals: { positions: number; lent: number };
  scheduled: { due: number; paid: number };
  by_status: { status: LoanStatus; loans: number }[] | null;
  active_by_days: { days: number; loans: number; outstanding: number }[] | null;
  by_year: { year: number; borrowers: number; loans: number; lent: number }[] | null;
}

/**
 * The dashboard's figures from the fund's totals (migrations 0082 and 0095), in two statements of a
 * few hundred rows whatever the fund's number of loans, when they hold for `asOf`: every loan of the
 * fund has its position, and no movement of the fund (journal entry, disbursement, payment, reversal,
 * closing, approval) is dated after `asOf`, so that the books as they stand are the books as of that
 * day. Otherwise null: the caller reads the records. For a report date of today, the usual case,
 * entries are never dated later (entry-dates.ts).
 *
 * The figures are those of `portfolioFigures` over `loanFactsOfFund` (what the records give; a
 * property test compares both on random movements): what fell due and was paid by `asOf` is the sum
 * of the days up to it, a loan's days past due are counted from its oldest unpaid installment, and
 * the aging buckets and the risk threshold are the domain's.
 */
export async function dashboardFromProjection(
  db: Executor,
  fundId: string,
  asOf: string,
): Promise<{ monthly: MonthlyTotal[]; figures: PortfolioFigures } | null> {
  const result = await sql<Row>`
    WITH g AS (
      SELECT status, first_disbursed_year, loans, disbursed_cents, receivable_cents,
             CASE WHEN first_unpaid_on < ${asOf}::date THEN ${asOf}::date - first_unpaid_on ELSE 0 END AS days
      FROM loan_fund_position_groups WHERE fund_id = ${fundId} AND loans <> 0
    )
    SELECT
      (SELECT count(*) FROM loans WHERE fund_id = ${fundId})::int AS loans,
      (SELECT max(occurred_on) FROM loan_journal_entries WHERE fund_id = ${fundId})::text AS last_entry_on,
      (SELECT max(last_movement_on) FROM loan_fund_positions WHERE fund_id = ${fundId})::text AS last_movement_on,
      (SELECT json_build_object('positions', coalesce(sum(loans), 0), 'lent', coalesce(sum(disbursed_cents), 0))
         FROM g) AS totals,
      (SELECT json_build_object('due', coalesce(sum(due_cents), 0), 'paid', coalesce(sum(paid_cents), 0))
         FROM loan_fund_due_days WHERE fund_id = ${fundId} AND due_on <= ${asOf}::date) AS scheduled,
      (SELECT json_agg(json_build_object('status', status, 'loans', n))
         FROM (SELECT status, sum(loans) AS n FROM g GROUP BY status HAVING sum(loans) > 0) s) AS by_status,
      (SELECT json_agg(json_build_object('days', days, 'loans', n, 'outstanding', outstanding))
         FROM (SELECT days, sum(loans) AS n, sum(receivable_cents) AS outstanding
               FROM g WHERE status = 'active' GROUP BY days HAVING sum(loans) > 0) d) AS active_by_days,
      (SELECT json_agg(json_build_object('year', y.year, 'borrowers', b.borrowers, 'loans', y.n, 'lent', y.lent))
         FROM (SELECT first_disbursed_year AS year, sum(loans) AS n, sum(disbursed_cents) AS lent
               FROM g WHERE first_disbursed_year > 0 GROUP BY 1 HAVING sum(loans) > 0) y
         JOIN (SELECT year, count(*) AS borrowers FROM loan_fund_year_borrowers
               WHERE fund_id = ${fundId} AND loans > 0 GROUP BY year) b ON b.year = y.year) AS by_year
  `.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const totals = typeof row.totals === 'string' ? (JSON.parse(row.totals) as Row['totals']) : row.totals;
  const scheduled =
    typeof row.scheduled === 'string' ? (JSON.parse(row.scheduled) as Row['scheduled']) : row.scheduled;
  const holds =
    Number(totals.positions) === Number(row.loans) &&
    (row.last_entry_on === null || row.last_entry_on <= asOf) &&
    (row.last_movement_on === null || row.last_movement_on <= asOf);
  if (!holds) return null;

  const monthly = await sql<{ month: string; account: LedgerAccount; debit: number; credit: number }>`
    SELECT to_char(month, 'YYYY-MM') AS month, account, debit_cents AS debit, credit_cents AS credit
    FROM loan_fund_month_totals WHERE fund_id = ${fundId} AND month <= ${asOf}::date
    ORDER BY month, account
  `.execute(db);

  const json = <T>(value: T | string | null): T | null =>
    typeof value === 'string' ? (JSON.parse(value) as T) : value;
  const loansByStatus = Object.fromEntries(loanStatuses.map((s) => [s, 0])) as Record<LoanStatus, number>;
  for (const s of json(row.by_status) ?? []) loansByStatus[s.status] = Number(s.loans);
  const aging = new Map(
    agingBuckets.map((bucket) => [bucket, { bucket, loans: 0, outstandingPrincipalCents: 0 }]),
  );
  let outstanding = 0;
  let atRisk = 0;
  for (const d of json(row.active_by_days) ?? []) {
    const cents = Number(d.outstanding);
    outstanding += cents;
    if (d.days > 30) atRisk += cents;
    const bucket = aging.get(agingBucket(Number(d.days)));
    if (bucket) {
      bucket.loans += Number(d.loans);
      bucket.outstandingPrincipalCents += cents;
    }
  }
  const figures: PortfolioFigures = {
    loansByStatus,
    amountLentCents: Number(totals.lent),
    outstandingPrincipalCents: outstanding,
    repaymentRate: ratio(Number(scheduled.paid), Number(scheduled.due)),
    loansRepaidRate: ratio(loansByStatus.repaid, loansByStatus.repaid + loansByStatus.written_off),
    portfolioAtRisk30: ratio(atRisk, outstanding),
    aging: [...aging.values()],
    borrowersPerYear: (json(row.by_year) ?? [])
      .map((y) => ({
        year: Number(y.year),
        borrowers: Number(y.borrowers),
        loans: Number(y.loans),
        amountLentCents: Number(y.lent),
      }))
      .sort((a, b) => a.year - b.year),
  };
  return {
    monthly: monthly.rows.map((m) => ({
      month: m.month,
      account: m.account,
      debitCents: Number(m.debit),
      creditCents: Number(m.credit),
    })),
    figures,
  };
}
