import { type Kysely, sql } from 'kysely';

/**
 * Sessions remember when the password (or the organization's identity provider) and the second factor
 * were last proven, so that sensitive actions can ask for a recent proof (ASVS 7.5); and how the session
 * was opened. An account replacing its second factor keeps the new secret aside until a code confirms it.
 * Sessions opened before this migration have no proof time: their first sensitive action asks again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE sessions
      ADD COLUMN authenticated_at timestamptz,
      ADD COLUMN second_factor_at timestamptz,
      ADD COLUMN authentication_method text NOT NULL DEFAULT 'password'
        CHECK (authentication_method IN ('password', 'single_sign_on'))
  `.execute(db);
  await sql`CREATE INDEX sessions_user_live_idx ON sessions (user_id) WHERE revoked_at IS NULL`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN totp_pending_secret text`.execute(db);
}
