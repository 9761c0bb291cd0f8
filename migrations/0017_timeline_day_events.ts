import { type Kysely, sql } from 'kysely';

/**
 * Events known by their day only (an enrolment date, a committee decision) are flagged, so that the
 * timeline shows them on that calendar day in every time zone and without an invented time of day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE timeline_events ADD COLUMN all_day boolean NOT NULL DEFAULT false`.execute(db);
}
