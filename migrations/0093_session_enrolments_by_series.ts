import { type Kysely, sql } from 'kysely';

/**
 * A series' enrolments in the order they were asked for, as the roll call, the series page and the
 * waitlist read them. The indexes on the series were partial (the seated ones, or one kind of
 * participant), so reading all of a series' enrolments scanned the whole table: 13 ms of a roll call
 * of 30 at 100,000 people (docs/performance.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX session_enrolments_series ON session_enrolments (series_id, requested_at)`.execute(
    db,
  );
}
