import { type Kysely, sql } from 'kysely';

/**
 * Job applications (issue 12): a counselor proposes a person the organization follows for one of its
 * job offers, then moves the application proposed → sent → interview → hired, or ends it refused (by
 * the employer or the person, with a coded reason) or withdrawn. Every move is a row of the history;
 * comments sit beside it. The employer is copied from the offer so that lists need no join. A person has
 * at most one live application (proposed, sent or interview) per offer. The placement of a hire is kept
 * by id only: the placements module's table comes later (0047). Part of the person's accompaniment:
 * each table follows the processing restriction of migration 0027.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job_applications (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      offer_id uuid NOT NULL REFERENCES job_offers (id),
      employer_id uuid NOT NULL REFERENCES employers (id),
      state text NOT NULL
        CHECK (state IN ('proposed', 'sent', 'interview', 'hired', 'refused', 'withdrawn')),
      refusal_reason text,
      refused_by text CHECK (refused_by IN ('employer', 'person')),
      placement_id uuid,
      hired_on date,
      proposed_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      state_changed_at timestamptz NOT NULL,
      CHECK ((state = 'refused') = (refusal_reason IS NOT NULL AND refused_by IS NOT NULL)),
      CHECK ((state = 'hired') = (placement_id IS NOT NULL AND hired_on IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX job_applications_person ON job_applications (person_id, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX job_applications_offer ON job_applications (offer_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX job_applications_organization ON job_applications (organization_id, state)`.execute(
    db,
  );
  await sql`
    CREATE UNIQUE INDEX job_applications_live ON job_applications (person_id, offer_id)
    WHERE state IN ('proposed', 'sent', 'interview')
  `.execute(db);
  await sql`
    CREATE TABLE job_application_moves (
      id uuid PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES job_applications (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      from_state text,
      to_state text NOT NULL,
      refusal_reason text,
      refused_by text CHECK (refused_by IN ('employer', 'person')),
      note text CHECK (length(note) <= 2000),
      occurred_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX job_application_moves_application ON job_application_moves (application_id, recorded_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE job_application_comments (
      id uuid PRIMARY KEY,
      application_id uuid NOT NULL REFERENCES job_applications (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      body text NOT NULL CHECK (length(body) <= 4000),
      author_user_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX job_application_comments_application ON job_application_comments (application_id, created_at)`.execute(
    db,
  );
  for (const table of ['job_applications', 'job_application_moves', 'job_application_comments']) {
    await sql`
      CREATE TRIGGER ${sql.raw(`${table}_processing_restricted`)} BEFORE INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
    `.execute(db);
  }
}
