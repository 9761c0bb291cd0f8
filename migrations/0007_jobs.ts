import { type Kysely, sql } from 'kysely';

/**
 * Background jobs (reminders, sending, clean-ups) kept in the database so they survive a restart and
 * are enqueued in the same transaction as the business change (ADR 6). Payloads hold ids only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      run_at timestamptz NOT NULL,
      attempts int NOT NULL DEFAULT 0,
      max_attempts int NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
      locked_until timestamptz,
      completed_at timestamptz,
      failed_at timestamptz,
      last_error text,
      dedupe_key text UNIQUE,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  // Workers only ever look for open jobs; finished ones pile up and must not slow the claim.
  await sql`CREATE INDEX jobs_due ON jobs (run_at) WHERE completed_at IS NULL AND failed_at IS NULL`.execute(
    db,
  );
}
