import { type Kysely, sql } from 'kysely';

/**
 * The fund dashboard's projections (docs/performance.md, issue 14), kept by triggers in the transaction
 * of every write so that no use case can forget them, and recomputed from the records (never
 * incremented) except the month totals of the append-only journal:
 *
 * - `loan_fund_positions`: one row per loan, its books as they stand after its latest movement: status,
 *   first disbursement, disbursed and receivable (journal), and the collectible installments of the
 *   schedule in force as cumulative sums by due date (due, and paid capped at due), so that what fell
 *   due by any later day is one array lookup. `last_movement_on` is the latest date among the records
 *   read: the row holds for every report date on or after it; an earlier date reads the records.
 * - `loan_fund_month_totals`: debits and credits of each account by fund and month, added to by each
 *   statement that writes journal lines (the journal is append-only, so a sum never has to be undone).
 *   Writers of one fund's journal take a transaction advisory lock on the fund before adding, so that
 *   two transactions never wait for each other's month rows in opposite orders.
 *
 * Both carry `organization_id` in their primary key (ADR 12) and no foreign key: derived data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE loan_fund_positions (
      organization_id uuid NOT NULL,
      fund_id uuid NOT NULL,
      loan_id uuid NOT NULL,
      person_id uuid NOT NULL,
      status text NOT NULL,
      closed_on date,
      first_disbursed_on date,
      disbursed_cents bigint NOT NULL,
      receivable_cents bigint NOT NULL,
      due_dates date[] NOT NULL,
      due_cumulative bigint[] NOT NULL,
      paid_cumulative bigint[] NOT NULL,
      first_unpaid_on date,
      last_movement_on date NOT NULL,
      PRIMARY KEY (loan_id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_fund_positions_fund ON loan_fund_positions (fund_id, organization_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE loan_fund_month_totals (
      organization_id uuid NOT NULL,
      fund_id uuid NOT NULL,
      month date NOT NULL,
      account text NOT NULL,
      debit_cents bigint NOT NULL,
      credit_cents bigint NOT NULL,
      PRIMARY KEY (fund_id, month, account, organization_id)
    )
  `.execute(db);

  // The same rules as the records' reading (adapters/portfolio-repository.ts) for a report date on or
  // after every record: a repaid loan's installments all paid; a written-off loan's collectible
  // installments those due by its closing; paid = live allocations; receivable and disbursed from the
  // journal's loans-receivable lines.
  await sql`
    CREATE FUNCTION loan_fund_positions_refresh(loan_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
    BEGIN
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
    END $$
  `.execute(db);

  // One trigger per table and event (a trigger with transition tables has one event): each refreshes
  // the loans its statement touched, once per statement.
  const sources: [table: string, event: 'INSERT' | 'UPDATE', loanColumn: string][] = [
    ['loans', 'INSERT', 'id'],
    ['loans', 'UPDATE', 'id'],
    ['loan_schedules', 'UPDATE', 'loan_id'],
    ['loan_installments', 'INSERT', 'loan_id'],
    ['loan_disbursements', 'INSERT', 'loan_id'],
    ['loan_payments', 'UPDATE', 'loan_id'],
    ['loan_allocations', 'INSERT', 'loan_id'],
    ['loan_journal_lines', 'INSERT', 'loan_id'],
  ];
  for (const [table, event, loanColumn] of sources) {
    const name = `${table}_${event.toLowerCase()}_positions`;
    await sql`
      CREATE FUNCTION ${sql.raw(name)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM loan_fund_positions_refresh(
          ARRAY(SELECT DISTINCT ${sql.raw(loanColumn)} FROM changed WHERE ${sql.raw(loanColumn)} IS NOT NULL));
        RETURN NULL;
      END $$
    `.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(name)} AFTER ${sql.raw(event)} ON ${sql.raw(table)}
      REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(name)}()
    `.execute(db);
  }

  await sql`
    CREATE FUNCTION loan_journal_lines_month_totals() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_advisory_xact_lock(hashtextextended('loan_fund_month_totals ' || fund_id::text, 0))
        FROM (SELECT DISTINCT fund_id FROM changed ORDER BY fund_id) AS funds;
      INSERT INTO loan_fund_month_totals AS t
      SELECT organization_id, fund_id, date_trunc('month', occurred_on::timestamp)::date, account,
             sum(debit_cents)::bigint, sum(credit_cents)::bigint
      FROM changed
      GROUP BY organization_id, fund_id, date_trunc('month', occurred_on::timestamp)::date, account
      ORDER BY 2, 3, 4
      ON CONFLICT (fund_id, month, account, organization_id) DO UPDATE
        SET debit_cents = t.debit_cents + excluded.debit_cents,
            credit_cents = t.credit_cents + excluded.credit_cents;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER loan_journal_lines_month_totals AFTER INSERT ON loan_journal_lines
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION loan_journal_lines_month_totals()
  `.execute(db);

  // What the books already hold.
  await sql`
    INSERT INTO loan_fund_month_totals
    SELECT organization_id, fund_id, date_trunc('month', occurred_on::timestamp)::date, account,
           sum(debit_cents)::bigint, sum(credit_cents)::bigint
    FROM loan_journal_lines
    GROUP BY organization_id, fund_id, date_trunc('month', occurred_on::timestamp)::date, account
  `.execute(db);
  await sql`SELECT loan_fund_positions_refresh(ARRAY(SELECT id FROM loans))`.execute(db);
}
