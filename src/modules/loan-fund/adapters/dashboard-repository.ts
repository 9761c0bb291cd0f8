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
  totals: { positions: number; lastMovementOn: string | null; lent: number; due: number; paid: number };
  by_status: { status: LoanStatus; loans: number }[] | null;
  active_by_days: { days: number; loans: number; outstanding: number }[] | null;
  by_year: { year: number; borrowers: number; loans: number; lent: number }[] | null;
}

/**
 * The dashboard's figures from the projections of migration 0082, in two statements of a few dozen
 * rows, when they hold for `asOf`: every loan of the fund has its position, and no movement of the
 * fund (journal entry, disbursement, payment, reversal, closing, approval) is dated after `asOf`, so
 * that the books as they stand are the books as of that day. Otherwise null: the caller reads the
 * records. For a report date of today, the usual case, entries are never dated later (entry-dates.ts).
 *
 * The figures are those of `portfolioFigures` over `loanFactsOfFund` (what the records give; a
 * property test compares both on random movements): a loan's amounts due and paid by `asOf` are its
 * cumulative sums at the last installment due by then, its days past due counted from its oldest
 * unpaid installment, and the aging buckets and the risk threshold are the domain's.
 */
export async function dashboardFromProjection(
  db: Executor,
  fundId: string,
  asOf: string,
): Promise<{ monthly: MonthlyTotal[]; figures: PortfolioFigures } | null> {
  const result = await sql<Row>`
    WITH p AS (
      SELECT person_id, last_movement_on, first_disbursed_on, disbursed_cents, receivable_cents,
             CASE WHEN first_disbursed_on IS NULL THEN 'approved'
                  WHEN closed_on IS NOT NULL THEN status ELSE 'active' END AS status,
             coalesce(due_cumulative[width_bucket(${asOf}::date, due_dates)], 0) AS due,
             coalesce(paid_cumulative[width_bucket(${asOf}::date, due_dates)], 0) AS paid,
             CASE WHEN first_unpaid_on < ${asOf}::date THEN ${asOf}::date - first_unpaid_on ELSE 0 END AS days
      FROM loan_fund_positions WHERE fund_id = ${fundId}
    )
    SELECT
      (SELECT count(*) FROM loans WHERE fund_id = ${fundId})::int AS loans,
      (SELECT max(occurred_on) FROM loan_journal_entries WHERE fund_id = ${fundId})::text AS last_entry_on,
      (SELECT json_build_object('positions', count(*), 'lastMovementOn', max(last_movement_on)::text,
                                'lent', coalesce(sum(disbursed_cents), 0), 'due', coalesce(sum(due), 0),
                                'paid', coalesce(sum(paid), 0))
         FROM p) AS totals,
      (SELECT json_agg(json_build_object('status', status, 'loans', n))
         FROM (SELECT status, count(*) AS n FROM p GROUP BY status) s) AS by_status,
      (SELECT json_agg(json_build_object('days', days, 'loans', n, 'outstanding', outstanding))
         FROM (SELECT days, count(*) AS n, sum(receivable_cents) AS outstanding
               FROM p WHERE status = 'active' GROUP BY days) d) AS active_by_days,
      (SELECT json_agg(json_build_object('year', year, 'borrowers', borrowers, 'loans', n, 'lent', lent))
         FROM (SELECT extract(year FROM first_disbursed_on)::int AS year, count(DISTINCT person_id) AS borrowers,
                      count(*) AS n, sum(disbursed_cents) AS lent
               FROM p WHERE first_disbursed_on IS NOT NULL GROUP BY 1) y) AS by_year
  `.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const totals = typeof row.totals === 'string' ? (JSON.parse(row.totals) as Row['totals']) : row.totals;
  const holds =
    Number(totals.positions) === Number(row.loans) &&
    (row.last_entry_on === null || row.last_entry_on <= asOf) &&
    (totals.lastMovementOn === null || totals.lastMovementOn <= asOf);
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
    repaymentRate: ratio(Number(totals.paid), Number(totals.due)),
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
