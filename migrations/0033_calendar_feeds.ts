import { type Kysely, sql } from 'kysely';

/**
 * A staff member's personal calendar feed (iCalendar subscription): one live secret per member and
 * organization, stored as its SHA-256 hash only, so that a copy of the database cannot read anyone's
 * agenda. Regenerating replaces the hash (the old URL stops at once); revoking deletes the row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE calendar_feeds (
      organization_id uuid NOT NULL REFERENCES organizations (id),
      user_id uuid NOT NULL REFERENCES users (id),
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL,
      last_read_at timestamptz,
      PRIMARY KEY (organization_id, user_id)
    )
  `.execute(db);
}
