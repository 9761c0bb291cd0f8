import { type Kysely, sql } from 'kysely';

/**
 * Collective sessions: a catalog of session types, series of meetings, enrolments with a waitlist,
 * attendance marks (one per participant and meeting, so that two people taking the roll call at once
 * never overwrite each other's marks) and attestations with a public verification code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE session_types (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      code text NOT NULL,
      name_fr text NOT NULL,
      name_en text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('workshop', 'language_class', 'info_session', 'staff_training', 'job_club')),
      audience text NOT NULL CHECK (audience IN ('beneficiaries', 'staff')),
      language text NOT NULL,
      duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
      capacity int CHECK (capacity > 0),
      mode text NOT NULL CHECK (mode IN ('in_person', 'virtual', 'hybrid')),
      attestation_rule jsonb,
      training_points int NOT NULL DEFAULT 0 CHECK (training_points >= 0),
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      UNIQUE (organization_id, code)
    )
  `.execute(db);

  await sql`
    CREATE TABLE session_series (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      session_type_id uuid NOT NULL REFERENCES session_types (id),
      program_id uuid,
      title text NOT NULL,
      language text NOT NULL,
      mode text NOT NULL CHECK (mode IN ('in_person', 'virtual', 'hybrid')),
      place text,
      meeting_link text,
      capacity int CHECK (capacity > 0),
      openness text NOT NULL CHECK (openness IN ('organization', 'consortium', 'public')),
      consortium_id uuid,
      presenter text,
      attestation_rule jsonb,
      status text NOT NULL CHECK (status IN ('planned', 'cancelled', 'completed')),
      created_by uuid,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX session_series_organization ON session_series (organization_id, status)`.execute(db);
  await sql`CREATE INDEX session_series_consortium ON session_series (consortium_id) WHERE consortium_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE session_meetings (
      id uuid PRIMARY KEY,
      series_id uuid NOT NULL REFERENCES session_series (id),
      organization_id uuid NOT NULL,
      number int NOT NULL,
      starts_at timestamptz NOT NULL,
      duration_minutes int NOT NULL CHECK (duration_minutes BETWEEN 5 AND 1440),
      status text NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled')),
      first_planned_at timestamptz NOT NULL,
      cancel_reason text,
      UNIQUE (series_id, number)
    )
  `.execute(db);
  await sql`CREATE INDEX session_meetings_organization_start ON session_meetings (organization_id, starts_at)`.execute(
    db,
  );

  await sql`
    CREATE TABLE session_enrolments (
      id uuid PRIMARY KEY,
      series_id uuid NOT NULL REFERENCES session_series (id),
      organization_id uuid NOT NULL,
      participant_kind text NOT NULL CHECK (participant_kind IN ('person', 'staff')),
      person_id uuid,
      user_id uuid,
      participant_organization_id uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('enrolled', 'waitlisted', 'withdrawn')),
      requested_at timestamptz NOT NULL,
      status_changed_at timestamptz NOT NULL,
      enrolled_by uuid,
      CHECK ((participant_kind = 'person') = (person_id IS NOT NULL) AND (participant_kind = 'staff') = (user_id IS NOT NULL))
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX session_enrolments_person ON session_enrolments (series_id, person_id) WHERE person_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE UNIQUE INDEX session_enrolments_staff ON session_enrolments (series_id, user_id) WHERE user_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX session_enrolments_participant ON session_enrolments (participant_organization_id, person_id)`.execute(
    db,
  );

  await sql`
    CREATE TABLE session_attendance (
      meeting_id uuid NOT NULL REFERENCES session_meetings (id),
      enrolment_id uuid NOT NULL REFERENCES session_enrolments (id),
      organization_id uuid NOT NULL,
      mark text NOT NULL CHECK (mark IN ('present', 'late', 'left_early', 'excused_absence', 'unexcused_absence')),
      minutes_missed int NOT NULL DEFAULT 0 CHECK (minutes_missed >= 0),
      live boolean NOT NULL DEFAULT true,
      recorded_by uuid,
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (meeting_id, enrolment_id)
    )
  `.execute(db);

  await sql`
    CREATE TABLE session_attestations (
      id uuid PRIMARY KEY,
      enrolment_id uuid NOT NULL REFERENCES session_enrolments (id),
      organization_id uuid NOT NULL,
      verification_code text NOT NULL UNIQUE,
      issued_on date NOT NULL,
      attended_minutes int NOT NULL,
      scheduled_minutes int NOT NULL,
      superseded_at timestamptz,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX session_attestations_current ON session_attestations (enrolment_id) WHERE superseded_at IS NULL`.execute(
    db,
  );
}
