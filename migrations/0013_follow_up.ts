import { type Kysely, sql } from 'kysely';

/**
 * Individual follow-up: appointments (in person, by phone or by video) with their staff and partner
 * participants, the counselor's notes, and each program's expected intensity of accompaniment
 * (contacts a month), from which the caseload and the program dashboard compute who is below it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE appointments (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      program_id uuid,
      mode text NOT NULL CHECK (mode IN ('in_person', 'phone', 'video')),
      site_id uuid,
      place text,
      meeting_link text,
      starts_at timestamptz NOT NULL,
      duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
      status text NOT NULL CHECK (status IN ('scheduled', 'held', 'missed', 'cancelled')),
      cancel_reason text,
      outcome_note text,
      sequence int NOT NULL DEFAULT 0 CHECK (sequence >= 0),
      created_by uuid,
      created_at timestamptz NOT NULL,
      status_changed_at timestamptz NOT NULL,
      status_changed_by uuid,
      CHECK (mode <> 'video' OR meeting_link IS NOT NULL)
    )
  `.execute(db);
  await sql`CREATE INDEX appointments_person ON appointments (organization_id, person_id, starts_at)`.execute(
    db,
  );
  await sql`CREATE INDEX appointments_organization_start ON appointments (organization_id, starts_at)`.execute(
    db,
  );

  await sql`
    CREATE TABLE appointment_participants (
      id uuid PRIMARY KEY,
      appointment_id uuid NOT NULL REFERENCES appointments (id),
      organization_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('staff', 'partner')),
      user_id uuid,
      partner_name text,
      partner_organization text,
      partner_email text,
      CHECK ((kind = 'staff') = (user_id IS NOT NULL) AND (kind = 'partner') = (partner_name IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX appointment_participants_appointment ON appointment_participants (appointment_id)`.execute(
    db,
  );
  await sql`CREATE INDEX appointment_participants_user ON appointment_participants (organization_id, user_id) WHERE user_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE follow_up_notes (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('individual_interview', 'phone_call', 'message', 'home_visit', 'partner_exchange')),
      occurred_at timestamptz NOT NULL,
      minutes_spent int NOT NULL CHECK (minutes_spent BETWEEN 0 AND 1440),
      body text NOT NULL,
      confidential boolean NOT NULL DEFAULT false,
      author_user_id uuid NOT NULL,
      appointment_id uuid REFERENCES appointments (id),
      document_ids uuid[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX follow_up_notes_person ON follow_up_notes (organization_id, person_id, occurred_at)`.execute(
    db,
  );

  await sql`ALTER TABLE programs ADD COLUMN expected_contacts_per_month int CHECK (expected_contacts_per_month BETWEEN 1 AND 100)`.execute(
    db,
  );
}
