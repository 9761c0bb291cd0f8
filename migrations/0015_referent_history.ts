import { type Kysely, sql } from 'kysely';

/**
 * Who followed a person, and since when: one row per change of referent (one by one or in bulk when a
 * counselor leaves), so that a file's handovers can be told afterwards. Read newest first per person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_referent_changes (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL REFERENCES people (id),
      from_user_id uuid,
      to_user_id uuid NOT NULL,
      reason text,
      changed_by uuid NOT NULL,
      changed_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX person_referent_changes_person ON person_referent_changes (organization_id, person_id, changed_at DESC)`.execute(
    db,
  );
}
