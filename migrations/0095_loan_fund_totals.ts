import { type Kysely, sql } from 'kysely';

/**
 * The fund dashboard's totals kept by fund (docs/performance.md, issue 14): with 50,000 loans in one
 * fund, reading one position per loan took 120 ms a dashboard. The positions of 0082 stay the truth;
 * each refresh of a loan's position now adds to these tables the difference its new position makes
 * (the old row's share taken away, the new one's added), in the same statement:
 *
 * - `loan_fund_due_days`: what fell due on each day (collectible installments) and what was paid of it
 *   (capped at what was due), so that what fell due by a report date is one index range;
 * - `loan_fund_position_groups`: the loans by the status the dashboard shows, their oldest unpaid
 *   installment's day (active ones only; `infinity` for the others) and the year of their first
 *   disbursement (0 when none), with what was lent and what is receivable;
 * - `loan_fund_year_borrowers`: each borrower's loans first paid out in a year, so that the borrowers
 *   of a year are counted once whatever their number of loans.
 *
 * A total is never read alone: the dashboard reads them only when the positions hold for the report
 * date (dashboard-repository.ts), and a property test compares them with the records. Rows at zero
 * stay (a day, a group or a borrower may come back); the reads skip them. Writers of a fund take the
 * fund's advisory lock (the same as the month totals') before adding, so that two transactions never
 * wait for each other's rows in opposite orders.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE loan_fund_due_days (
      organization_id uuid NOT NULL,
      fund_id uuid NOT NULL,
      due_on date NOT NULL,
      due_cents bigint NOT NULL,
      paid_cents bigint NOT NULL,
      PRIMARY KEY (fund_id, due_on, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE loan_fund_position_groups (
      organization_id uuid NOT NULL,
      fund_id uuid NOT NULL,
      status text NOT NULL,
      first_unpaid_on date NOT NULL,
      first_disbursed_year integer NOT NULL,
      loans integer NOT NULL,
      disbursed_cents bigint NOT NULL,
      receivable_cents bigint NOT NULL,
      PRIMARY KEY (fund_id, status, first_unpaid_on, first_disbursed_year, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE loan_fund_year_borrowers (
      organization_id uuid NOT NULL,
      fund_id uuid NOT NULL,
      year integer NOT NULL,
      person_id uuid NOT NULL,
      loans integer NOT NULL,
      PRIMARY KEY (fund_id, year, person_id, organization_id)
    )
  `.execute(db);
  // The latest movement of a fund's loans, read as one index lookup.
  await sql`
    CREATE INDEX loan_fund_positions_fund_movement ON loan_fund_positions (fund_id, last_movement_on)
  `.execute(db);

  await sql`
    CREATE FUNCTION loan_fund_totals_apply(old_rows loan_fund_positions[], new_rows loan_fund_positions[])
    RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtextextended('loan_fund_month_totals ' || fund_id::text, 0))
        FROM (SELECT DISTINCT fund_id FROM unnest(old_rows || new_rows) ORDER BY fund_id) AS funds;

      INSERT INTO loan_fund_due_days AS t
      SELECT c.organization_id, c.fund_id, u.due_on, sum(c.sign * u.due)::bigint, sum(c.sign * u.paid)::bigint
      FROM (SELECT o.*, -1 AS sign FROM unnest(old_rows) o UNION ALL SELECT n.*, 1 FROM unnest(new_rows) n) c
      CROSS JOIN LATERAL (
        SELECT d AS due_on,
               dc - coalesce(lag(dc) OVER (ORDER BY i), 0) AS due,
               pc - coalesce(lag(pc) OVER (ORDER BY i), 0) AS paid
        FROM unnest(c.due_dates, c.due_cumulative, c.paid_cumulative) WITH ORDINALITY AS s(d, dc, pc, i)
      ) u
      GROUP BY c.organization_id, c.fund_id, u.due_on
      HAVING sum(c.sign * u.due) <> 0 OR sum(c.sign * u.paid) <> 0
      ORDER BY 2, 3
      ON CONFLICT (fund_id, due_on, organization_id) DO UPDATE
        SET due_cents = t.due_cents + excluded.due_cents, paid_cents = t.paid_cents + excluded.paid_cents;

      INSERT INTO loan_fund_position_groups AS t
      SELECT organization_id, fund_id, shown, unpaid_on, year, sum(sign)::int, sum(sign * disbursed_cents)::bigint,
             sum(sign * receivable_cents)::bigint
      FROM (
        SELECT c.*, g.shown,
               CASE WHEN g.shown = 'active' THEN coalesce(c.first_unpaid_on, 'infinity') ELSE 'infinity' END
                 AS unpaid_on,
               coalesce(extract(year FROM c.first_disbursed_on)::int, 0) AS year
        FROM (SELECT o.*, -1 AS sign FROM unnest(old_rows) o UNION ALL SELECT n.*, 1 FROM unnest(new_rows) n) c
        CROSS JOIN LATERAL (
          SELECT CASE WHEN c.first_disbursed_on IS NULL THEN 'approved'
                      WHEN c.closed_on IS NOT NULL THEN c.status ELSE 'active' END AS shown
        ) g
      ) c
      GROUP BY organization_id, fund_id, shown, unpaid_on, year
      HAVING sum(sign) <> 0 OR sum(sign * disbursed_cents) <> 0 OR sum(sign * receivable_cents) <> 0
      ORDER BY 2, 3, 4, 5
      ON CONFLICT (fund_id, status, first_unpaid_on, first_disbursed_year, organization_id) DO UPDATE
        SET loans = t.loans + excluded.loans, disbursed_cents = t.disbursed_cents + excluded.disbursed_cents,
            receivable_cents = t.receivable_cents + excluded.receivable_cents;

      INSERT INTO loan_fund_year_borrowers AS t
      SELECT c.organization_id, c.fund_id, extract(year FROM c.first_disbursed_on)::int, c.person_id,
             sum(c.sign)::int
      FROM (SELECT o.*, -1 AS sign FROM unnest(old_rows) o UNION ALL SELECT n.*, 1 FROM unnest(new_rows) n) c
      WHERE c.first_disbursed_on IS NOT NULL
      GROUP BY 1, 2, 3, 4
      HAVING sum(c.sign) <> 0
      ORDER BY 2, 3, 4
      ON CONFLICT (fund_id, year, person_id, organization_id) DO UPDATE SET loans = t.loans + excluded.loans;
    END $$
  `.execute(db);

  // 0082's refresh, unchanged, between reading the touched loans' old positions and their new ones.
  await sql`
    CREATE OR REPLACE FUNCTION loan_fund_positions_refresh(loan_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    DECLARE
      old_rows loan_fund_positions[];
      new_rows loan_fund_positions[];
    BEGIN
      SELECT coalesce(array_agg(p ORDER BY p.loan_id), '{}') INTO old_rows
        FROM loan_fund_positions p WHERE p.loan_id = ANY (loan_ids);
      DELETE FROM loan_fund_positions WHERE loan_id = ANY (loan_ids);
      INSERT INTO loan_fund_positions
      WITH touched AS (
        SELECT l.* FROM loans l WHERE l.id = ANY (loan_ids)
      ),
      paid AS (
        SELECT a.installment_id, sum(a.amount_cents)::bigint AS paid
        FROM loan_allocations a
        JOIN loan_payments p ON p.id = a.payment_id AND p.organization_id = a.organization_id
        WHERE a.loan_id = ANY (loan_ids) AND a.installment_id IS NOT NULL AND p.reversed_on IS NULL
        GROUP BY a.installment_id
      ),
      installments AS (
        SELECT i.loan_id, i.due_on,
               (i.principal_cents + i.interest_cents + i.fee_cents) AS due,
               CASE WHEN t.status = 'repaid' THEN i.principal_cents + i.interest_cents + i.fee_cents
                    ELSE coalesce(paid.paid, 0) END AS paid,
               coalesce(t.status <> 'written_off' OR i.due_on <= t.closed_on, false) AS collectible
        FROM loan_installments i
        JOIN touched t ON t.id = i.loan_id AND t.organization_id = i.organization_id
        JOIN loan_schedules s ON s.id = i.schedule_id AND s.organization_id = i.organization_id
          AND NOT s.superseded
        LEFT JOIN paid ON paid.installment_id = i.id
      ),
      running AS (
        SELECT loan_id, due_on,
               sum(due) OVER w AS due_cumulative,
               sum(least(paid, due)) OVER w AS paid_cumulative,
               row_number() OVER w AS n
        FROM installments WHERE collectible
        WINDOW w AS (PARTITION BY loan_id ORDER BY due_on ROWS UNBOUNDED PRECEDING)
      ),
      schedule AS (
        SELECT loan_id,
               array_agg(due_on ORDER BY n) AS due_dates,
               array_agg(due_cumulative::bigint ORDER BY n) AS due_cumulative,
               array_agg(paid_cumulative::bigint ORDER BY n) AS paid_cumulative
        FROM running GROUP BY loan_id
      ),
      unpaid AS (
        SELECT loan_id, min(due_on) AS first_unpaid_on FROM installments WHERE paid < due GROUP BY loan_id
      ),
      ledger AS (
        SELECT jl.loan_id,
               sum(jl.debit_cents - jl.credit_cents) FILTER (WHERE jl.account = 'loans_receivable') AS receivable,
               sum(jl.debit_cents) FILTER (WHERE jl.account = 'loans_receivable' AND je.kind = 'disbursement')
                 AS disbursed,
               max(jl.occurred_on) AS last_on
        FROM loan_journal_lines jl
        JOIN loan_journal_entries je ON je.id = jl.entry_id AND je.organization_id = jl.organization_id
        WHERE jl.loan_id = ANY (loan_ids)
        GROUP BY jl.loan_id
      ),
      disbursements AS (
        SELECT loan_id, min(paid_on) AS first_on, max(paid_on) AS last_on
        FROM loan_disbursements WHERE loan_id = ANY (loan_ids) GROUP BY loan_id
      ),
      payments AS (
        SELECT loan_id, greatest(max(received_on), max(reversed_on)) AS last_on
        FROM loan_payments WHERE loan_id = ANY (loan_ids) GROUP BY loan_id
      )
      SELECT t.organization_id, t.fund_id, t.id, t.person_id, t.status, t.closed_on, d.first_on,
             coalesce(ledger.disbursed, 0)::bigint, coalesce(ledger.receivable, 0)::bigint,
             coalesce(schedule.due_dates, '{}'), coalesce(schedule.due_cumulative, '{}'),
             coalesce(schedule.paid_cumulative, '{}'), unpaid.first_unpaid_on,
             greatest(t.approved_on, t.closed_on, d.last_on, payments.last_on, ledger.last_on)
      FROM touched t
      LEFT JOIN schedule ON schedule.loan_id = t.id
      LEFT JOIN unpaid ON unpaid.loan_id = t.id
      LEFT JOIN ledger ON ledger.loan_id = t.id
      LEFT JOIN disbursements d ON d.loan_id = t.id
      LEFT JOIN payments ON payments.loan_id = t.id;
      SELECT coalesce(array_agg(p ORDER BY p.loan_id), '{}') INTO new_rows
        FROM loan_fund_positions p WHERE p.loan_id = ANY (loan_ids);
      PERFORM loan_fund_totals_apply(old_rows, new_rows);
    END $$
  `.execute(db);

  // What the positions already hold.
  await sql`
    SELECT loan_fund_totals_apply('{}', coalesce((SELECT array_agg(p ORDER BY p.loan_id) FROM loan_fund_positions p), '{}'))
  `.execute(db);
}
