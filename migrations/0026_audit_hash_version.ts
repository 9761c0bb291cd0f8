import { type Kysely, sql } from 'kysely';

/**
 * The rule each sealed audit event was hashed under (ADR 4). Version 1 hashed the time as JavaScript
 * read it, to the millisecond, and the details as parsed JSON: a change of the stored microseconds went
 * unseen. Version 2 hashes the time and the details as the database stores them. Events sealed before
 * keep version 1 (adding a column with a default rewrites no row, so the append-only trigger is not
 * involved) and still verify; every event sealed from now on is version 2.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_events ADD COLUMN hash_version smallint NOT NULL DEFAULT 1`.execute(db);
  await sql`ALTER TABLE audit_events ALTER COLUMN hash_version SET DEFAULT 2`.execute(db);
}
