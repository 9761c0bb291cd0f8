import { type Kysely, sql } from 'kysely';

/**
 * The caseload filtered by program reads person ids of one organization's enrolments: with person_id in
 * the index, PostgreSQL answers from the index alone instead of visiting every enrolment row
 * (measured with `npm run bench`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX enrolments_org_program_status_person ON enrolments (organization_id, program_id, status, person_id)`.execute(
    db,
  );
  await sql`DROP INDEX enrolments_org_program`.execute(db);
}
