import { type Kysely, sql } from 'kysely';

/**
 * The single front door of a consortium's program (front-door module, docs/front-door.md).
 * - `front_doors`: one public request page per program, found by its slug; the members that receive
 *   requests and the routing rules (an ordered list, as data) set by the coordinating organization.
 *   Looked up before any organization is known (public page): a reference table.
 * - `front_door_requests`: what a person or a household asked, in the shared queue of the consortium.
 *   Owned by the coordinating organization (`organization_id`); the member it is assigned to works on
 *   it. The immigration status is sealed (`sealed_status`, ADR 10). A request opened as a file links
 *   to it (`person_id` in `assigned_organization_id`; no foreign key across organizations: ADR 12). A
 *   repeat within 30 days is counted on the first (`repeat_count`, `last_received_at`). Requests never
 *   opened as a file lose names, contacts and household after a year (`anonymized_at`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE front_doors (
      program_id uuid PRIMARY KEY,
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
      open boolean NOT NULL,
      receiving_organization_ids jsonb NOT NULL,
      rules jsonb NOT NULL,
      updated_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX front_doors_by_organization ON front_doors (organization_id)`.execute(db);
  await sql`
    CREATE TABLE front_door_requests (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL,
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      received_at timestamptz NOT NULL,
      last_received_at timestamptz NOT NULL,
      repeat_count int NOT NULL DEFAULT 0 CHECK (repeat_count >= 0),
      language text NOT NULL CHECK (language IN ('fr', 'en', 'ar', 'es')),
      given_name text CHECK (length(given_name) BETWEEN 1 AND 100),
      family_name text CHECK (length(family_name) <= 100),
      birth_year int CHECK (birth_year BETWEEN 1900 AND 2100),
      email text CHECK (length(email) <= 254),
      phone text CHECK (length(phone) <= 40),
      residence_country text NOT NULL CHECK (residence_country ~ '^[A-Z]{2}$'),
      residence_place_code text CHECK (length(residence_place_code) <= 20),
      residence_region_code text CHECK (length(residence_region_code) <= 10),
      residence_city text CHECK (length(residence_city) <= 120),
      sealed_status text,
      languages jsonb NOT NULL,
      occupation text CHECK (length(occupation) <= 200),
      occupation_code text CHECK (length(occupation_code) <= 20),
      regions_sought jsonb NOT NULL,
      any_region boolean NOT NULL,
      community_kinds jsonb NOT NULL,
      community_needs jsonb NOT NULL,
      household jsonb,
      household_size int NOT NULL CHECK (household_size BETWEEN 1 AND 20),
      with_children boolean NOT NULL,
      message text CHECK (length(message) <= 2000),
      consent_text_version text NOT NULL,
      consent_given_at timestamptz NOT NULL,
      proposed_organization_id uuid REFERENCES organizations (id),
      proposal_reason jsonb,
      state text NOT NULL CHECK (state IN ('new', 'assigned', 'converted', 'closed')),
      assigned_organization_id uuid REFERENCES organizations (id),
      assigned_by uuid REFERENCES users (id),
      assigned_at timestamptz,
      assignment_note text CHECK (length(assignment_note) <= 1000),
      close_reason text CHECK (close_reason IN ('not_eligible', 'unreachable', 'withdrew', 'duplicate')),
      close_note text CHECK (length(close_note) <= 1000),
      closed_by uuid REFERENCES users (id),
      closed_at timestamptz,
      person_id uuid,
      converted_by uuid REFERENCES users (id),
      converted_at timestamptz,
      anonymized_at timestamptz,
      PRIMARY KEY (id, organization_id),
      CHECK (email IS NOT NULL OR phone IS NOT NULL OR anonymized_at IS NOT NULL),
      CHECK (anonymized_at IS NOT NULL OR given_name IS NOT NULL),
      CHECK ((state = 'new') = (assigned_organization_id IS NULL) OR state = 'closed'),
      CHECK ((state = 'converted') = (person_id IS NOT NULL)),
      CHECK ((state = 'closed') = (close_reason IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX front_door_requests_by_organization ON front_door_requests (organization_id, received_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX front_door_requests_by_program ON front_door_requests (program_id, received_at)`.execute(
    db,
  );
  await sql`CREATE INDEX front_door_requests_by_assignee ON front_door_requests (assigned_organization_id, state) WHERE assigned_organization_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX front_door_requests_by_email ON front_door_requests (consortium_id, email) WHERE email IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX front_door_requests_by_phone ON front_door_requests (consortium_id, phone) WHERE phone IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX front_door_requests_by_person ON front_door_requests (person_id) WHERE person_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TRIGGER front_door_requests_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON front_door_requests
    FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
  `.execute(db);
}
