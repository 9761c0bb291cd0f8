import { type Kysely, sql } from 'kysely';

/**
 * Merging two files of one organization (people module, docs/duplicates.md). A merge is a redirect:
 * the merged file keeps its records and stays readable, leaves the caseload, the search and the
 * duplicate candidates, and points to the file kept; the file kept lists it. Undoing a merge marks it
 * undone and nothing else needs restoring, since nothing moved. One merge in force per merged file.
 * The rows hold two file ids and who did it, no personal data.
 *
 * The batch run over a consortium (`duplicate_runs`, a job): the pairs of files of two different member
 * organizations the rule takes for one person. The run belongs to the coordinating organization, which
 * reads only its figures (pairs by pair of members); each pair is written once for each side
 * (`duplicate_run_pairs`, owned by the member whose file it is), so that each member reads only its own
 * files and an opaque reference to the other.
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
  await sql`
    CREATE TABLE duplicate_runs (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      requested_by uuid REFERENCES users (id),
      requested_at timestamptz NOT NULL,
      started_at timestamptz,
      finished_at timestamptz,
      status text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
      compared_pairs integer NOT NULL DEFAULT 0,
      scored_pairs integer NOT NULL DEFAULT 0,
      found_pairs integer NOT NULL DEFAULT 0,
      figures jsonb NOT NULL DEFAULT '[]'::jsonb,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX duplicate_runs_consortium ON duplicate_runs (consortium_id, requested_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE duplicate_run_pairs (
      run_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      other_organization_id uuid NOT NULL REFERENCES organizations (id),
      other_person_id uuid NOT NULL,
      score real NOT NULL,
      reasons text NOT NULL,
      PRIMARY KEY (run_id, organization_id, person_id, other_person_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX duplicate_run_pairs_person ON duplicate_run_pairs (person_id, organization_id)`.execute(
    db,
  );
}
