import { type Kysely, sql } from 'kysely';

/**
 * How long an organization keeps what, per purpose (GDPR art. 5(1)(e)), set by its directors and
 * administrators; the daily retention job anonymizes what has outlived its period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE retention_policies (
      organization_id uuid NOT NULL,
      purpose text NOT NULL CHECK (purpose IN ('person_files', 'signup_requests', 'appointment_notes')),
      months int NOT NULL CHECK (months BETWEEN 1 AND 1200),
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (organization_id, purpose)
    )
  `.execute(db);
}
