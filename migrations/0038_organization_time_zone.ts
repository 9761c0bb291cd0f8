import { type Kysely, sql } from 'kysely';

/**
 * Each organization works in its own time zone (an IANA name, checked against Intl's list by the use
 * cases that set it): e-mails, PDFs, agenda days and reminders show times there, never in UTC.
 * Existing organizations in France get Europe/Paris (metropolitan France has one zone); others keep
 * UTC until an administrator sets theirs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE organizations ADD COLUMN time_zone text NOT NULL DEFAULT 'UTC'`.execute(db);
  await sql`UPDATE organizations SET time_zone = 'Europe/Paris' WHERE country = 'FR'`.execute(db);
}
