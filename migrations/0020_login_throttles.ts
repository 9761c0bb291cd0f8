import { type Kysely, sql } from 'kysely';

/**
 * Failed logins are counted per (e-mail typed, source address), per source and per e-mail typed,
 * whether an account has that address or not (ADR 5, "Throttling"): the same answer for known and
 * unknown accounts, and no lockout of an account by somebody else. The e-mail is kept as its SHA-256
 * only. The account's own counter and lock (`failed_login_count`, `locked_until`) go away.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE login_throttles (
      key text PRIMARY KEY,
      failures integer NOT NULL DEFAULT 0,
      window_started_at timestamptz NOT NULL,
      blocked_until timestamptz,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX login_throttles_by_update ON login_throttles (updated_at)`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN failed_login_count, DROP COLUMN locked_until`.execute(db);
}
