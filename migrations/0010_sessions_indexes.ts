import { type Kysely, sql } from 'kysely';

/**
 * Tenant keys of the attendance tables are indexed like every other tenant table, and the seated
 * participants of a series are found without reading withdrawn or waitlisted ones (measured with
 * `npm run bench` on 5,000 sessions and 780,000 marks).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX session_attendance_organization ON session_attendance (organization_id, meeting_id)`.execute(
    db,
  );
  await sql`CREATE INDEX session_attestations_organization ON session_attestations (organization_id, issued_on)`.execute(
    db,
  );
  await sql`CREATE INDEX session_enrolments_seated ON session_enrolments (series_id) WHERE status = 'enrolled'`.execute(
    db,
  );
}
