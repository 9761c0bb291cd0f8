import { type Kysely, sql } from 'kysely';

/**
 * Relocation aid (relocation-aid module, docs/relocation-aid.md): money for the trips of exploratory
 * stays and for the move, under a program's rules, paid out of a budget per program and year.
 * - `aid_rule_versions`: the program's conditions as data (jsonb), versioned by effective date, kept by
 *   the program's owner; a decision names the version it was assessed under.
 * - `aid_requests` / `aid_request_lines`: filed on a person's file by the organization that follows
 *   them (a member of the program), decided and paid by the owner; the household key counts a household once.
 * - `aid_budgets`, `aid_allocations`: the budget of a program and year and what funders allocated to it.
 * - `aid_journal_entries` / `aid_journal_lines`: the budget's double-entry journal (src/core/ledger),
 *   append-only, each entry balanced when its transaction commits, as the loan fund's journal.
 * - `aid_payments`, `aid_payment_reversals`: a payment and its compensating entry, never an edit.
 * Distributed by organization (ADR 12): the rules, the budget, its journal, allocations and payments are
 * rows of the program's owner, a request and its lines rows of the member that filed it. Keys end with
 * `organization_id`; foreign keys within one organization are composite. A request's rule version and
 * budget and a payment's request cross organizations: no foreign key (declared in
 * src/core/db/distribution.ts), the decision and payment use cases take them from the request's program.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE aid_rule_versions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL,
      version int NOT NULL CHECK (version > 0),
      effective_from date NOT NULL,
      rules jsonb NOT NULL,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (program_id, version, organization_id),
      UNIQUE (program_id, effective_from, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE aid_budgets (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL,
      year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (program_id, year, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX aid_budgets_organization ON aid_budgets (organization_id)`.execute(db);
  await sql`
    CREATE TABLE aid_journal_entries (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      budget_id uuid NOT NULL,
      sequence bigserial NOT NULL,
      occurred_on date NOT NULL,
      kind text NOT NULL CHECK (kind IN ('allocation', 'commitment', 'payment', 'payment_reversal')),
      request_id uuid,
      memo text NOT NULL CHECK (length(memo) <= 500),
      reverses_entry_id uuid,
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (budget_id, organization_id) REFERENCES aid_budgets (id, organization_id),
      FOREIGN KEY (reverses_entry_id, organization_id) REFERENCES aid_journal_entries (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX aid_journal_entries_budget ON aid_journal_entries (budget_id, occurred_on, sequence)`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX aid_journal_entries_reversed_once ON aid_journal_entries (reverses_entry_id, organization_id)`.execute(
    db,
  );
  await sql`
    CREATE TABLE aid_journal_lines (
      entry_id uuid NOT NULL,
      line_no int NOT NULL,
      organization_id uuid NOT NULL,
      budget_id uuid NOT NULL,
      occurred_on date NOT NULL,
      account text NOT NULL CHECK (account IN ('budget_cash', 'aid_expense', 'encumbrances', 'allocated_funds',
        'reserve_for_encumbrances')),
      request_id uuid,
      debit_cents bigint NOT NULL CHECK (debit_cents >= 0),
      credit_cents bigint NOT NULL CHECK (credit_cents >= 0),
      CHECK ((debit_cents = 0) <> (credit_cents = 0)),
      PRIMARY KEY (entry_id, line_no, organization_id),
      FOREIGN KEY (entry_id, organization_id) REFERENCES aid_journal_entries (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX aid_journal_lines_budget_account ON aid_journal_lines (budget_id, account, occurred_on)
    INCLUDE (debit_cents, credit_cents)
  `.execute(db);
  await sql`CREATE INDEX aid_journal_lines_request ON aid_journal_lines (request_id) WHERE request_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE FUNCTION aid_journal_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'the relocation aid journal is append-only: record a compensating entry instead';
    END $$
  `.execute(db);
  for (const table of ['aid_journal_entries', 'aid_journal_lines']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_append_only`)} BEFORE UPDATE OR DELETE ON ${sql.raw(table)}
      FOR EACH ROW EXECUTE FUNCTION aid_journal_refuse_change()
    `.execute(db);
  }
  await sql`
    CREATE FUNCTION aid_journal_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      difference bigint;
    BEGIN
      SELECT coalesce(sum(debit_cents), 0) - coalesce(sum(credit_cents), 0) INTO difference
        FROM aid_journal_lines WHERE entry_id = NEW.entry_id AND organization_id = NEW.organization_id;
      IF difference <> 0 THEN
        RAISE EXCEPTION 'aid journal entry % does not balance (debits - credits = %)', NEW.entry_id, difference;
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE CONSTRAINT TRIGGER aid_journal_lines_balanced AFTER INSERT ON aid_journal_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aid_journal_check_balanced()
  `.execute(db);
  await sql`
    CREATE TABLE aid_allocations (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      budget_id uuid NOT NULL,
      funder text NOT NULL CHECK (length(funder) BETWEEN 1 AND 200),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      allocated_on date NOT NULL,
      entry_id uuid NOT NULL,
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (budget_id, organization_id) REFERENCES aid_budgets (id, organization_id),
      FOREIGN KEY (entry_id, organization_id) REFERENCES aid_journal_entries (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX aid_allocations_budget ON aid_allocations (budget_id, allocated_on)`.execute(db);
  await sql`
    CREATE TABLE aid_requests (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      program_id uuid NOT NULL,
      owner_organization_id uuid NOT NULL REFERENCES organizations (id),
      household_key uuid NOT NULL,
      household_size int NOT NULL CHECK (household_size > 0),
      traveller_person_ids jsonb NOT NULL,
      dependants_count int NOT NULL DEFAULT 0 CHECK (dependants_count BETWEEN 0 AND 30),
      purpose text NOT NULL CHECK (purpose IN ('exploratory_stay', 'move')),
      stay_id uuid,
      region_country text NOT NULL,
      region_code text NOT NULL,
      note text CHECK (length(note) <= 2000),
      status text NOT NULL CHECK (status IN ('submitted', 'approved', 'refused', 'paid', 'withdrawn')),
      filed_on date NOT NULL,
      filed_by uuid NOT NULL REFERENCES users (id),
      filed_at timestamptz NOT NULL,
      -- The owner's rule version and budget (cross-organization references: no foreign key, ADR 12).
      rule_version_id uuid,
      budget_id uuid,
      decided_on date,
      decided_by uuid REFERENCES users (id),
      decided_at timestamptz,
      approved_cents bigint CHECK (approved_cents >= 0),
      refusal_reason text CHECK (refusal_reason IN ('not_eligible', 'ceiling_reached', 'receipts_missing',
        'budget_exhausted', 'duplicate_request', 'other')),
      decision_note text CHECK (length(decision_note) <= 2000),
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((status = 'refused') = (refusal_reason IS NOT NULL)),
      CHECK ((status IN ('approved', 'paid')) = (approved_cents IS NOT NULL AND budget_id IS NOT NULL)),
      CHECK ((status IN ('submitted', 'withdrawn')) = (decided_at IS NULL)),
      CHECK (purpose = 'exploratory_stay' OR stay_id IS NULL)
    )
  `.execute(db);
  await sql`CREATE INDEX aid_requests_person ON aid_requests (organization_id, person_id, filed_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX aid_requests_owner ON aid_requests (owner_organization_id, program_id, status, filed_at)`.execute(
    db,
  );
  await sql`CREATE INDEX aid_requests_household ON aid_requests (program_id, household_key)`.execute(db);
  await sql`
    CREATE TABLE aid_request_lines (
      request_id uuid NOT NULL,
      line_no int NOT NULL CHECK (line_no BETWEEN 1 AND 30),
      organization_id uuid NOT NULL,
      kind text NOT NULL,
      description text CHECK (length(description) <= 300),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      receipt_document_id uuid,
      assessed_cents bigint CHECK (assessed_cents >= 0 AND assessed_cents <= amount_cents),
      reasons jsonb,
      approved_cents bigint CHECK (approved_cents >= 0 AND approved_cents <= assessed_cents),
      PRIMARY KEY (request_id, line_no, organization_id),
      FOREIGN KEY (request_id, organization_id) REFERENCES aid_requests (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE aid_payments (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      -- The member's request (a cross-organization reference: no foreign key, ADR 12).
      request_id uuid NOT NULL,
      budget_id uuid NOT NULL,
      amount_cents bigint NOT NULL CHECK (amount_cents > 0),
      paid_on date NOT NULL,
      method text NOT NULL CHECK (method IN ('transfer', 'cheque')),
      reference text CHECK (length(reference) <= 100),
      entry_id uuid NOT NULL,
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (budget_id, organization_id) REFERENCES aid_budgets (id, organization_id),
      FOREIGN KEY (entry_id, organization_id) REFERENCES aid_journal_entries (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX aid_payments_request ON aid_payments (request_id)`.execute(db);
  await sql`CREATE INDEX aid_payments_budget ON aid_payments (budget_id, paid_on)`.execute(db);
  await sql`
    CREATE TABLE aid_payment_reversals (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      payment_id uuid NOT NULL,
      reversed_on date NOT NULL,
      reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
      entry_id uuid NOT NULL,
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (payment_id, organization_id),
      FOREIGN KEY (payment_id, organization_id) REFERENCES aid_payments (id, organization_id),
      FOREIGN KEY (entry_id, organization_id) REFERENCES aid_journal_entries (id, organization_id)
    )
  `.execute(db);
}
