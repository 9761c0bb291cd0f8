import { type Kysely, sql } from 'kysely';

/**
 * The loan fund's tables keyed by organization (ADR 12), as 0055 did for the other modules: a fund and
 * everything written in its books belong to the fund's operating organization, so a fund's ledger lives
 * on one shard. `loan_funds.operator_organization_id` becomes its `organization_id`; the other tables
 * receive the column, filled from their fund (products, contributions, journal entries and lines,
 * applications, loans) or from their loan (schedules, installments, disbursements, payments, allocations,
 * events). Applications and loans already had an `organization_id`: the organization that filed the
 * application, whose person borrows. It is renamed `borrower_organization_id` (the person's reads, export
 * and anonymization go by it); their `person_id` is a declared cross-organization reference, with no
 * foreign key (src/core/db/distribution.ts).
 *
 * Primary keys become (id, organization_id), unique constraints and indexes take organization_id last,
 * foreign keys between the fund's tables become composite. The journal is append-only and anonymization
 * guards applications: those triggers are lifted for the backfill only (amounts, dates, accounts and
 * memos untouched), as 0031 did. The journal's own triggers read their fund and entry by organization.
 *
 * Also: session attendance's primary key and the index of pending sign-ups take organization_id last
 * (their upserts name it in their conflict target).
 */
const foreignKeysToReplace: [table: string, constraint: string][] = [
  ['loan_allocations', 'loan_allocations_installment_id_fkey'],
  ['loan_allocations', 'loan_allocations_payment_id_fkey'],
  ['loan_applications', 'loan_applications_fund_id_fkey'],
  ['loan_applications', 'loan_applications_product_id_fkey'],
  ['loan_contributions', 'loan_contributions_fund_id_fkey'],
  ['loan_contributions', 'loan_contributions_journal_entry_id_fkey'],
  ['loan_disbursements', 'loan_disbursements_journal_entry_id_fkey'],
  ['loan_disbursements', 'loan_disbursements_loan_id_fkey'],
  ['loan_events', 'loan_events_loan_id_fkey'],
  ['loan_installments', 'loan_installments_loan_id_fkey'],
  ['loan_installments', 'loan_installments_schedule_id_fkey'],
  ['loan_journal_entries', 'loan_journal_entries_fund_id_fkey'],
  ['loan_journal_entries', 'loan_journal_entries_reverses_entry_id_fkey'],
  ['loan_journal_lines', 'loan_journal_lines_entry_id_fkey'],
  ['loan_payments', 'loan_payments_journal_entry_id_fkey'],
  ['loan_payments', 'loan_payments_loan_id_fkey'],
  ['loan_payments', 'loan_payments_reversal_entry_id_fkey'],
  ['loan_products', 'loan_products_fund_id_fkey'],
  ['loan_schedules', 'loan_schedules_loan_id_fkey'],
  ['loans', 'loans_application_id_fkey'],
  ['loans', 'loans_fund_id_fkey'],
  ['loans', 'loans_product_id_fkey'],
];

/** Filled from their fund's operating organization. */
const keyedByFund = [
  'loan_products',
  'loan_contributions',
  'loan_journal_entries',
  'loan_journal_lines',
  'loan_applications',
  'loans',
];
/** Filled from their loan (itself filled from its fund just before). */
const keyedByLoan = [
  'loan_schedules',
  'loan_installments',
  'loan_disbursements',
  'loan_payments',
  'loan_allocations',
  'loan_events',
];
/** Triggers that refuse the backfill's UPDATE: the journal's append-only guard and the restriction guard. */
const guards: [table: string, trigger: string][] = [
  ['loan_journal_entries', 'loan_journal_entries_append_only'],
  ['loan_journal_lines', 'loan_journal_lines_append_only'],
  ['loan_applications', 'loan_applications_processing_restricted'],
];

const keysAndForeignKeys = [
  'ALTER TABLE loan_funds DROP CONSTRAINT loan_funds_pkey, ADD CONSTRAINT loan_funds_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_products DROP CONSTRAINT loan_products_pkey, ADD CONSTRAINT loan_products_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_contributions DROP CONSTRAINT loan_contributions_pkey, ADD CONSTRAINT loan_contributions_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_journal_entries DROP CONSTRAINT loan_journal_entries_pkey, ADD CONSTRAINT loan_journal_entries_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_journal_lines DROP CONSTRAINT loan_journal_lines_pkey, ADD CONSTRAINT loan_journal_lines_pkey PRIMARY KEY (entry_id, line_no, organization_id)',
  'ALTER TABLE loan_applications DROP CONSTRAINT loan_applications_pkey, ADD CONSTRAINT loan_applications_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loans DROP CONSTRAINT loans_pkey, ADD CONSTRAINT loans_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_schedules DROP CONSTRAINT loan_schedules_pkey, ADD CONSTRAINT loan_schedules_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_installments DROP CONSTRAINT loan_installments_pkey, ADD CONSTRAINT loan_installments_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_disbursements DROP CONSTRAINT loan_disbursements_pkey, ADD CONSTRAINT loan_disbursements_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_payments DROP CONSTRAINT loan_payments_pkey, ADD CONSTRAINT loan_payments_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_allocations DROP CONSTRAINT loan_allocations_pkey, ADD CONSTRAINT loan_allocations_pkey PRIMARY KEY (payment_id, line_no, organization_id)',
  'ALTER TABLE loan_events DROP CONSTRAINT loan_events_pkey, ADD CONSTRAINT loan_events_pkey PRIMARY KEY (id, organization_id)',
  'ALTER TABLE loan_products DROP CONSTRAINT loan_products_fund_id_name_key, ADD CONSTRAINT loan_products_fund_id_name_key UNIQUE (fund_id, name, organization_id)',
  'ALTER TABLE loan_applications DROP CONSTRAINT loan_applications_fund_id_reference_key, ADD CONSTRAINT loan_applications_fund_id_reference_key UNIQUE (fund_id, reference, organization_id)',
  'ALTER TABLE loans DROP CONSTRAINT loans_application_id_key, ADD CONSTRAINT loans_application_id_key UNIQUE (application_id, organization_id)',
  'ALTER TABLE loans DROP CONSTRAINT loans_fund_id_reference_key, ADD CONSTRAINT loans_fund_id_reference_key UNIQUE (fund_id, reference, organization_id)',
  'ALTER TABLE loan_schedules DROP CONSTRAINT loan_schedules_loan_id_version_key, ADD CONSTRAINT loan_schedules_loan_id_version_key UNIQUE (loan_id, version, organization_id)',
  'ALTER TABLE loan_installments DROP CONSTRAINT loan_installments_schedule_id_number_key, ADD CONSTRAINT loan_installments_schedule_id_number_key UNIQUE (schedule_id, number, organization_id)',
  'ALTER TABLE loan_disbursements DROP CONSTRAINT loan_disbursements_loan_id_tranche_key, ADD CONSTRAINT loan_disbursements_loan_id_tranche_key UNIQUE (loan_id, tranche, organization_id)',
  'ALTER TABLE loan_payments DROP CONSTRAINT loan_payments_loan_id_idempotency_key_key, ADD CONSTRAINT loan_payments_loan_id_idempotency_key_key UNIQUE (loan_id, idempotency_key, organization_id)',
  'DROP INDEX loan_journal_entries_reversed_once',
  'CREATE UNIQUE INDEX loan_journal_entries_reversed_once ON loan_journal_entries (reverses_entry_id, organization_id)',
  'DROP INDEX loan_schedules_one_in_force',
  'CREATE UNIQUE INDEX loan_schedules_one_in_force ON loan_schedules (loan_id, organization_id) WHERE NOT superseded',
  'ALTER TABLE loan_allocations ADD CONSTRAINT loan_allocations_installment_id_fkey FOREIGN KEY (installment_id, organization_id) REFERENCES loan_installments (id, organization_id)',
  'ALTER TABLE loan_allocations ADD CONSTRAINT loan_allocations_payment_id_fkey FOREIGN KEY (payment_id, organization_id) REFERENCES loan_payments (id, organization_id)',
  'ALTER TABLE loan_applications ADD CONSTRAINT loan_applications_fund_id_fkey FOREIGN KEY (fund_id, organization_id) REFERENCES loan_funds (id, organization_id)',
  'ALTER TABLE loan_applications ADD CONSTRAINT loan_applications_product_id_fkey FOREIGN KEY (product_id, organization_id) REFERENCES loan_products (id, organization_id)',
  'ALTER TABLE loan_contributions ADD CONSTRAINT loan_contributions_fund_id_fkey FOREIGN KEY (fund_id, organization_id) REFERENCES loan_funds (id, organization_id)',
  'ALTER TABLE loan_contributions ADD CONSTRAINT loan_contributions_journal_entry_id_fkey FOREIGN KEY (journal_entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_disbursements ADD CONSTRAINT loan_disbursements_journal_entry_id_fkey FOREIGN KEY (journal_entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_disbursements ADD CONSTRAINT loan_disbursements_loan_id_fkey FOREIGN KEY (loan_id, organization_id) REFERENCES loans (id, organization_id)',
  'ALTER TABLE loan_events ADD CONSTRAINT loan_events_loan_id_fkey FOREIGN KEY (loan_id, organization_id) REFERENCES loans (id, organization_id)',
  'ALTER TABLE loan_installments ADD CONSTRAINT loan_installments_loan_id_fkey FOREIGN KEY (loan_id, organization_id) REFERENCES loans (id, organization_id)',
  'ALTER TABLE loan_installments ADD CONSTRAINT loan_installments_schedule_id_fkey FOREIGN KEY (schedule_id, organization_id) REFERENCES loan_schedules (id, organization_id)',
  'ALTER TABLE loan_journal_entries ADD CONSTRAINT loan_journal_entries_fund_id_fkey FOREIGN KEY (fund_id, organization_id) REFERENCES loan_funds (id, organization_id)',
  'ALTER TABLE loan_journal_entries ADD CONSTRAINT loan_journal_entries_reverses_entry_id_fkey FOREIGN KEY (reverses_entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_journal_lines ADD CONSTRAINT loan_journal_lines_entry_id_fkey FOREIGN KEY (entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_payments ADD CONSTRAINT loan_payments_journal_entry_id_fkey FOREIGN KEY (journal_entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_payments ADD CONSTRAINT loan_payments_loan_id_fkey FOREIGN KEY (loan_id, organization_id) REFERENCES loans (id, organization_id)',
  'ALTER TABLE loan_payments ADD CONSTRAINT loan_payments_reversal_entry_id_fkey FOREIGN KEY (reversal_entry_id, organization_id) REFERENCES loan_journal_entries (id, organization_id)',
  'ALTER TABLE loan_products ADD CONSTRAINT loan_products_fund_id_fkey FOREIGN KEY (fund_id, organization_id) REFERENCES loan_funds (id, organization_id)',
  'ALTER TABLE loan_schedules ADD CONSTRAINT loan_schedules_loan_id_fkey FOREIGN KEY (loan_id, organization_id) REFERENCES loans (id, organization_id)',
  'ALTER TABLE loans ADD CONSTRAINT loans_application_id_fkey FOREIGN KEY (application_id, organization_id) REFERENCES loan_applications (id, organization_id)',
  'ALTER TABLE loans ADD CONSTRAINT loans_fund_id_fkey FOREIGN KEY (fund_id, organization_id) REFERENCES loan_funds (id, organization_id)',
  'ALTER TABLE loans ADD CONSTRAINT loans_product_id_fkey FOREIGN KEY (product_id, organization_id) REFERENCES loan_products (id, organization_id)',
  // Sessions: the two keys an upsert targets.
  'ALTER TABLE session_attendance DROP CONSTRAINT session_attendance_pkey, ADD CONSTRAINT session_attendance_pkey PRIMARY KEY (meeting_id, enrolment_id, organization_id)',
  'DROP INDEX session_signup_requests_one_pending',
  "CREATE UNIQUE INDEX session_signup_requests_one_pending ON session_signup_requests (series_id, email, organization_id) WHERE (status = 'pending'::text)",
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const run = (statement: string) => sql.raw(statement).execute(db);
  for (const [table, constraint] of foreignKeysToReplace)
    await run(`ALTER TABLE ${table} DROP CONSTRAINT ${constraint}`);

  await run('ALTER TABLE loan_funds RENAME COLUMN operator_organization_id TO organization_id');
  for (const table of ['loan_applications', 'loans'])
    await run(`ALTER TABLE ${table} RENAME COLUMN organization_id TO borrower_organization_id`);
  for (const table of [...keyedByFund, ...keyedByLoan])
    await run(`ALTER TABLE ${table} ADD COLUMN organization_id uuid`);

  for (const [table, trigger] of guards) await run(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);
  for (const table of keyedByFund)
    await run(
      `UPDATE ${table} AS t SET organization_id = f.organization_id FROM loan_funds AS f WHERE f.id = t.fund_id`,
    );
  for (const table of keyedByLoan)
    await run(
      `UPDATE ${table} AS t SET organization_id = l.organization_id FROM loans AS l WHERE l.id = t.loan_id`,
    );
  for (const [table, trigger] of guards) await run(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);
  for (const table of [...keyedByFund, ...keyedByLoan])
    await run(`ALTER TABLE ${table} ALTER COLUMN organization_id SET NOT NULL`);

  for (const statement of keysAndForeignKeys) await run(statement);

  // The journal's triggers find the entry's lines and its fund by their whole key.
  await sql`
    CREATE OR REPLACE FUNCTION loan_journal_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      difference bigint;
    BEGIN
      SELECT coalesce(sum(debit_cents), 0) - coalesce(sum(credit_cents), 0) INTO difference
        FROM loan_journal_lines WHERE entry_id = NEW.entry_id AND organization_id = NEW.organization_id;
      IF difference <> 0 THEN
        RAISE EXCEPTION 'journal entry % does not balance (debits - credits = %)', NEW.entry_id, difference;
      END IF;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE OR REPLACE FUNCTION loan_journal_refuse_closed_period() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      closed date;
    BEGIN
      SELECT closed_through INTO closed FROM loan_funds WHERE id = NEW.fund_id AND organization_id = NEW.organization_id;
      IF NEW.occurred_on < DATE '1900-01-01' OR (closed IS NOT NULL AND NEW.occurred_on <= closed) THEN
        RAISE EXCEPTION 'journal entry % is dated % in a closed period of fund %', NEW.id, NEW.occurred_on, NEW.fund_id;
      END IF;
      RETURN NEW;
    END $$
  `.execute(db);
}
