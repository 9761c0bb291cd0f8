import { type Kysely, sql } from 'kysely';

/**
 * Hand-off of a person's accompaniment to another organization (handoffs module, docs/handoffs.md).
 * - `handoffs`: proposed by the organization that follows the person (its row, its file), received by
 *   another platform organization the person's consent names. On acceptance the receiver's file
 *   (`receiver_person_id`, no foreign key across organizations: ADR 12) and its referent are recorded.
 * - `people.counting_key`: files of one person in several organizations (a hand-off, or a duplicate
 *   decision "same") share it, so that whoever counts across organizations counts the person once.
 * - `enrolments.counting_key` is the person's, copied so that figures count without reading people;
 *   `continues_enrolment_id` marks an enrolment that carries on another organization's after a
 *   hand-off (not a new entry into the program) and `accompanied_since` the day the receiver took over,
 *   `enrolled_on` keeping the day the person entered the program.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE handoffs (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      receiver_organization_id uuid NOT NULL REFERENCES organizations (id),
      enrolment_id uuid,
      program_id uuid,
      reason text NOT NULL CHECK (reason IN ('moved_to_region', 'closer_to_home', 'specialised_service', 'program_rules', 'other')),
      message text CHECK (length(message) <= 4000),
      status text NOT NULL CHECK (status IN ('proposed', 'accepted', 'declined', 'withdrawn')),
      proposed_by uuid NOT NULL REFERENCES users (id),
      proposed_at timestamptz NOT NULL,
      decided_by uuid REFERENCES users (id),
      decided_at timestamptz,
      decline_reason text CHECK (decline_reason IN ('not_our_area', 'no_capacity', 'not_eligible', 'person_unreachable', 'other')),
      decline_note text CHECK (length(decline_note) <= 2000),
      receiver_person_id uuid,
      receiver_referent_user_id uuid REFERENCES users (id),
      receiver_enrolment_id uuid,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK (receiver_organization_id <> organization_id),
      CHECK ((status = 'accepted') = (receiver_person_id IS NOT NULL AND receiver_referent_user_id IS NOT NULL)),
      CHECK ((status = 'declined') = (decline_reason IS NOT NULL)),
      CHECK ((status = 'proposed') = (decided_at IS NULL)),
      CHECK ((enrolment_id IS NULL) = (program_id IS NULL))
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX handoffs_one_proposed ON handoffs (organization_id, person_id) WHERE status = 'proposed'
  `.execute(db);
  await sql`
    CREATE INDEX handoffs_received ON handoffs (receiver_organization_id, status, proposed_at DESC)
  `.execute(db);
  await sql`CREATE INDEX handoffs_person ON handoffs (organization_id, person_id, proposed_at DESC)`.execute(
    db,
  );
  await sql`
    CREATE INDEX handoffs_receiver_person ON handoffs (receiver_person_id, receiver_organization_id)
    WHERE receiver_person_id IS NOT NULL
  `.execute(db);
  await sql`ALTER TABLE people ADD COLUMN counting_key uuid`.execute(db);
  await sql`CREATE INDEX people_counting_key ON people (counting_key) WHERE counting_key IS NOT NULL`.execute(
    db,
  );
  await sql`
    ALTER TABLE enrolments
      ADD COLUMN counting_key uuid,
      ADD COLUMN continues_enrolment_id uuid,
      ADD COLUMN accompanied_since date
  `.execute(db);
}
