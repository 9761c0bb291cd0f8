import { type Kysely, sql } from 'kysely';

/**
 * The revolving loan fund: funds and their products, applications and decisions, loans with their
 * schedules, disbursements and payments, and the fund's double-entry journal. The journal is
 * append-only and every entry must balance when its transaction commits (deferred trigger), so a
 * bug cannot leave the books inconsistent. Balances are never stored: they are sums of lines.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE loan_funds (
      id uuid PRIMARY KEY,
      operator_organization_id uuid NOT NULL,
      participating_organization_ids uuid[] NOT NULL DEFAULT '{}',
      name text NOT NULL,
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      description text,
      created_at timestamptz NOT NULL,
      created_by uuid
    )
  `.execute(db);
  await sql`CREATE INDEX loan_funds_operator ON loan_funds (operator_organization_id)`.execute(db);
  await sql`CREATE INDEX loan_funds_participants ON loan_funds USING gin (participating_organization_ids)`.execute(
    db,
  );

  await sql`
    CREATE TABLE loan_products (
      id uuid PRIMARY KEY,
      fund_id uuid NOT NULL REFERENCES loan_funds (id),
      name text NOT NULL,
      max_amount_cents bigint NOT NULL CHECK (max_amount_cents > 0),
      max_term_months int NOT NULL CHECK (max_term_months BETWEEN 1 AND 600),
      annual_rate_bps int NOT NULL CHECK (annual_rate_bps BETWEEN 0 AND 10000),
      grace_months int NOT NULL CHECK (grace_months BETWEEN 0 AND 24),
      origination_fee_cents bigint NOT NULL CHECK (origination_fee_cents >= 0),
      eligible_purposes text[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      UNIQUE (fund_id, name)
    )
  `.execute(db);

  await sql`
    CREATE TABLE loan_journal_entries (
      id uuid PRIMARY KEY,
      fund_id uuid NOT NULL REFERENCES loan_funds (id),
      sequence bigserial NOT NULL,
      occurred_on date NOT NULL,
      kind text NOT NULL,
      loan_id uuid,
      memo text NOT NULL,
      reverses_entry_id uuid REFERENCES loan_journal_entries (id),
      recorded_by uuid,
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX loan_journal_entries_fund ON loan_journal_entries (fund_id, occurred_on)`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX loan_journal_entries_reversed_once ON loan_journal_entries (reverses_entry_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE loan_journal_lines (
      entry_id uuid NOT NULL REFERENCES loan_journal_entries (id),
      line_no int NOT NULL,
      fund_id uuid NOT NULL,
      occurred_on date NOT NULL,
      account text NOT NULL CHECK (account IN ('fund_cash', 'loans_receivable', 'borrower_credit', 'loans_payable',
        'contributed_capital', 'interest_income', 'fee_income', 'write_off_expense')),
      loan_id uuid,
      debit_cents bigint NOT NULL CHECK (debit_cents >= 0),
      credit_cents bigint NOT NULL CHECK (credit_cents >= 0),
      CHECK ((debit_cents = 0) <> (credit_cents = 0)),
      PRIMARY KEY (entry_id, line_no)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_journal_lines_fund_account ON loan_journal_lines (fund_id, account, occurred_on) INCLUDE (debit_cents, credit_cents)`.execute(
    db,
  );
  await sql`CREATE INDEX loan_journal_lines_loan ON loan_journal_lines (loan_id, account) WHERE loan_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE FUNCTION loan_journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the loan fund journal is append-only: record a compensating entry instead';
    END $$
  `.execute(db);
  for (const table of ['loan_journal_entries', 'loan_journal_lines']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.raw(table)}
      FOR EACH ROW EXECUTE FUNCTION loan_journal_refuse_change()
    `.execute(db);
  }
  await sql`
    CREATE FUNCTION loan_journal_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      difference bigint;
    BEGIN
      SELECT coalesce(sum(debit_cents), 0) - coalesce(sum(credit_cents), 0) INTO difference
        FROM loan_journal_lines WHERE entry_id = NEW.entry_id;
      IF difference <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance (debits - credits = %)', NEW.entry_id, difference;
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER loan_journal_lines_balanced AFTER INSERT ON loan_journal_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION loan_journal_check_balanced()
  `.execute(db);

  await sql`
    CREATE TABLE loan_contributions (
      id uuid PRIMARY KEY,
      fund_id uuid NOT NULL REFERENCES loan_funds (id),
      kind text NOT NULL CHECK (kind IN ('grant', 'donation', 'loan_to_fund')),
      contributor text NOT NULL,
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      received_on date NOT NULL,
      note text,
      journal_entry_id uuid NOT NULL REFERENCES loan_journal_entries (id),
      recorded_by uuid,
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX loan_contributions_fund ON loan_contributions (fund_id, received_on)`.execute(db);

  await sql`
    CREATE TABLE loan_applications (
      id uuid PRIMARY KEY,
      fund_id uuid NOT NULL REFERENCES loan_funds (id),
      product_id uuid NOT NULL REFERENCES loan_products (id),
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      borrower_name text NOT NULL,
      reference text NOT NULL,
      requested_cents bigint NOT NULL CHECK (requested_cents > 0),
      term_months int NOT NULL,
      costs jsonb NOT NULL,
      plan_reference text,
      status text NOT NULL CHECK (status IN ('submitted', 'approved', 'declined', 'withdrawn')),
      filed_by uuid NOT NULL,
      filed_on date NOT NULL,
      filed_at timestamptz NOT NULL,
      decided_by uuid,
      decided_on date,
      decision_reasons text,
      committee_members text[],
      approved_cents bigint,
      UNIQUE (fund_id, reference)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_applications_fund_status ON loan_applications (fund_id, status, filed_on)`.execute(
    db,
  );
  await sql`CREATE INDEX loan_applications_person ON loan_applications (organization_id, person_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE loans (
      id uuid PRIMARY KEY,
      fund_id uuid NOT NULL REFERENCES loan_funds (id),
      application_id uuid NOT NULL UNIQUE REFERENCES loan_applications (id),
      product_id uuid NOT NULL REFERENCES loan_products (id),
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      borrower_name text NOT NULL,
      reference text NOT NULL,
      principal_cents bigint NOT NULL CHECK (principal_cents > 0),
      annual_rate_bps int NOT NULL,
      term_months int NOT NULL,
      grace_months int NOT NULL,
      origination_fee_cents bigint NOT NULL,
      status text NOT NULL CHECK (status IN ('approved', 'active', 'repaid', 'written_off')),
      approved_on date NOT NULL,
      closed_on date,
      created_at timestamptz NOT NULL,
      UNIQUE (fund_id, reference)
    )
  `.execute(db);
  await sql`CREATE INDEX loans_fund_status ON loans (fund_id, status)`.execute(db);
  await sql`CREATE INDEX loans_person ON loans (organization_id, person_id)`.execute(db);

  await sql`
    CREATE TABLE loan_schedules (
      id uuid PRIMARY KEY,
      loan_id uuid NOT NULL REFERENCES loans (id),
      version int NOT NULL,
      reason text NOT NULL CHECK (reason IN ('initial', 'restructuring')),
      effective_on date NOT NULL,
      principal_cents bigint NOT NULL,
      annual_rate_bps int NOT NULL,
      term_months int NOT NULL,
      note text,
      superseded boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL,
      UNIQUE (loan_id, version)
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX loan_schedules_one_in_force ON loan_schedules (loan_id) WHERE NOT superseded`.execute(
    db,
  );

  await sql`
    CREATE TABLE loan_installments (
      id uuid PRIMARY KEY,
      schedule_id uuid NOT NULL REFERENCES loan_schedules (id),
      loan_id uuid NOT NULL REFERENCES loans (id),
      number int NOT NULL,
      due_on date NOT NULL,
      principal_cents bigint NOT NULL CHECK (principal_cents >= 0),
      interest_cents bigint NOT NULL CHECK (interest_cents >= 0),
      fee_cents bigint NOT NULL CHECK (fee_cents >= 0),
      UNIQUE (schedule_id, number)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_installments_loan ON loan_installments (loan_id, due_on)`.execute(db);

  await sql`
    CREATE TABLE loan_disbursements (
      id uuid PRIMARY KEY,
      loan_id uuid NOT NULL REFERENCES loans (id),
      tranche int NOT NULL,
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      payee_kind text NOT NULL CHECK (payee_kind IN ('borrower', 'vendor')),
      payee_name text NOT NULL,
      purpose text NOT NULL,
      paid_on date NOT NULL,
      journal_entry_id uuid NOT NULL REFERENCES loan_journal_entries (id),
      recorded_by uuid,
      recorded_at timestamptz NOT NULL,
      UNIQUE (loan_id, tranche)
    )
  `.execute(db);

  await sql`
    CREATE TABLE loan_payments (
      id uuid PRIMARY KEY,
      loan_id uuid NOT NULL REFERENCES loans (id),
      idempotency_key text NOT NULL,
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      received_on date NOT NULL,
      method text NOT NULL,
      journal_entry_id uuid NOT NULL REFERENCES loan_journal_entries (id),
      reversed_on date,
      reversal_reason text,
      reversal_entry_id uuid REFERENCES loan_journal_entries (id),
      recorded_by uuid,
      recorded_at timestamptz NOT NULL,
      UNIQUE (loan_id, idempotency_key)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_payments_loan ON loan_payments (loan_id, received_on)`.execute(db);

  await sql`
    CREATE TABLE loan_allocations (
      payment_id uuid NOT NULL REFERENCES loan_payments (id),
      line_no int NOT NULL,
      loan_id uuid NOT NULL,
      installment_id uuid REFERENCES loan_installments (id),
      component text NOT NULL CHECK (component IN ('fee', 'interest', 'principal', 'credit')),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      PRIMARY KEY (payment_id, line_no)
    )
  `.execute(db);
  await sql`CREATE INDEX loan_allocations_installment ON loan_allocations (installment_id) INCLUDE (component, amount_cents)`.execute(
    db,
  );
  await sql`CREATE INDEX loan_allocations_loan ON loan_allocations (loan_id)`.execute(db);

  await sql`
    CREATE TABLE loan_events (
      id uuid PRIMARY KEY,
      loan_id uuid NOT NULL REFERENCES loans (id),
      occurred_on date NOT NULL,
      kind text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      recorded_by uuid,
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX loan_events_loan ON loan_events (loan_id, occurred_on)`.execute(db);
}
