import { type Kysely, sql } from 'kysely';

/**
 * A household's move to a region (moves module, docs/moves.md): recorded on the main contact's file
 * by the organization that accompanied it. `household_key` is the household's id when the person was
 * in one, else the person's counting key or id, so that a household counts once however many of its
 * members' files exist. The destination is a municipality of the places module kept by reference
 * (`destination_country`, `destination_code`) with its region copied (`region_country`,
 * `region_code`: in Québec the administrative region) so that figures group in SQL. A move recorded
 * by mistake is cancelled with its reason, never deleted; the exit it wrote stays the outcomes
 * module's to correct.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE household_moves (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      household_key uuid NOT NULL,
      program_id uuid,
      enrolment_id uuid,
      exit_id uuid,
      moved_on date NOT NULL,
      destination_country text NOT NULL CHECK (destination_country IN ('CA', 'FR', 'US')),
      destination_code text NOT NULL CHECK (length(destination_code) BETWEEN 1 AND 20),
      region_country text NOT NULL CHECK (region_country IN ('CA', 'FR', 'US')),
      region_code text NOT NULL CHECK (length(region_code) BETWEEN 1 AND 20),
      region_name text NOT NULL CHECK (length(region_name) BETWEEN 1 AND 200),
      housing text NOT NULL CHECK (housing IN ('rented', 'bought', 'employer_provided', 'temporary', 'with_family', 'not_yet')),
      activity text NOT NULL CHECK (activity IN ('job', 'business', 'studies', 'job_search', 'other')),
      activity_note text CHECK (length(activity_note) <= 500),
      member_person_ids jsonb NOT NULL DEFAULT '[]',
      dependants integer NOT NULL DEFAULT 0 CHECK (dependants BETWEEN 0 AND 20),
      receiving_organization_id uuid REFERENCES organizations (id),
      note text CHECK (length(note) <= 2000),
      status text NOT NULL CHECK (status IN ('recorded', 'cancelled')),
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      cancel_reason text CHECK (length(cancel_reason) <= 500),
      cancelled_by uuid REFERENCES users (id),
      cancelled_at timestamptz,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)),
      CHECK ((enrolment_id IS NULL) OR (program_id IS NOT NULL)),
      CHECK (receiving_organization_id IS NULL OR receiving_organization_id <> organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX household_moves_person ON household_moves (organization_id, person_id, moved_on DESC)`.execute(
    db,
  );
  await sql`
    CREATE INDEX household_moves_program ON household_moves (program_id, moved_on)
    WHERE status = 'recorded'
  `.execute(db);
}
