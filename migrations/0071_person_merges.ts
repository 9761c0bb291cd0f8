import { type Kysely, sql } from 'kysely';

/**
 * Merging two files of one organization (people module, docs/duplicates.md). A merge is a redirect:
 * the merged file keeps its records and stays readable, leaves the caseload, the search and the
 * duplicate candidates, and points to the file kept; the file kept lists it. Undoing a merge marks it
 * undone and nothing else needs restoring, since nothing moved. One merge in force per merged file.
 * The rows hold two file ids and who did it, no personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_merges (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      kept_person_id uuid NOT NULL,
      merged_person_id uuid NOT NULL,
      merged_by uuid NOT NULL REFERENCES users (id),
      merged_at timestamptz NOT NULL,
      undone_by uuid REFERENCES users (id),
      undone_at timestamptz,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (kept_person_id, organization_id) REFERENCES people (id, organization_id),
      FOREIGN KEY (merged_person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK (kept_person_id <> merged_person_id),
      CHECK ((undone_at IS NULL) = (undone_by IS NULL))
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX person_merges_in_force ON person_merges (merged_person_id, organization_id)
    WHERE undone_at IS NULL
  `.execute(db);
  await sql`CREATE INDEX person_merges_kept ON person_merges (kept_person_id, organization_id)`.execute(db);
  await sql`CREATE INDEX person_merges_organization ON person_merges (organization_id)`.execute(db);
}
