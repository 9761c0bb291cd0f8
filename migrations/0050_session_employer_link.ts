import { type Kysely, sql } from 'kysely';

/**
 * Job visits (issue 12): a collective session held at an employer of the directory — a series of the
 * sessions module may name its host employer and the site where it meets. A person's job visits are
 * their enrolments in such series.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE session_series ADD COLUMN employer_id uuid REFERENCES employers (id)`.execute(db);
  await sql`ALTER TABLE session_series ADD COLUMN employer_site_id uuid REFERENCES employer_sites (id)`.execute(
    db,
  );
  await sql`
    ALTER TABLE session_series ADD CONSTRAINT session_series_site_needs_employer
    CHECK (employer_site_id IS NULL OR employer_id IS NOT NULL)
  `.execute(db);
  await sql`CREATE INDEX session_series_employer ON session_series (employer_id) WHERE employer_id IS NOT NULL`.execute(
    db,
  );
}
