import { type Kysely, sql } from 'kysely';

/**
 * Outcomes (issue 13): what became of people. A program's positive-exit rule is data, one row per
 * version with the day it takes effect; an exit is the typed outcome recorded when an enrolment ends,
 * classified by the version in force on its date, which it keeps (a later version never rewrites it).
 * A correction inserts a new exit and marks the old one superseded, so the history stays. Follow-ups
 * after exit are scheduled at the program's moments; each keeps its attempts, its answer, and the
 * single-use links sent to the person (only a hash of the token is stored).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE exit_rule_versions (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL REFERENCES programs (id),
      version integer NOT NULL CHECK (version >= 1),
      effective_from date NOT NULL,
      rule jsonb NOT NULL,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      UNIQUE (program_id, version),
      UNIQUE (program_id, effective_from)
    )
  `.execute(db);

  await sql`
    CREATE TABLE enrolment_exits (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      enrolment_id uuid NOT NULL REFERENCES enrolments (id),
      program_id uuid NOT NULL REFERENCES programs (id),
      person_id uuid NOT NULL REFERENCES people (id),
      outcome text NOT NULL,
      exit_on date NOT NULL,
      contract_start_on date,
      contract_end_on date,
      region text,
      credential_name text,
      credential_obtained_on date,
      evidence_kind text NOT NULL CHECK (evidence_kind IN ('placement', 'training', 'declaration', 'document')),
      placement_id uuid REFERENCES placements (id),
      document_id uuid,
      training_name text,
      note text,
      verdict text NOT NULL CHECK (verdict IN ('positive', 'not_positive', 'excluded', 'no_rule')),
      verdict_reason text NOT NULL,
      rule_version_id uuid REFERENCES exit_rule_versions (id),
      rule_version integer,
      recorded_by uuid REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      superseded_at timestamptz,
      superseded_by uuid REFERENCES enrolment_exits (id) DEFERRABLE INITIALLY DEFERRED,
      correction_reason text,
      CHECK (contract_end_on IS NULL OR contract_start_on IS NULL OR contract_end_on >= contract_start_on),
      CHECK (credential_name IS NULL OR credential_obtained_on IS NOT NULL),
      CHECK ((rule_version_id IS NULL) = (verdict = 'no_rule'))
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX enrolment_exits_current ON enrolment_exits (enrolment_id) WHERE superseded_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX enrolment_exits_person ON enrolment_exits (person_id)`.execute(db);
  // The dashboard reads a program's current exits by date.
  await sql`
    CREATE INDEX enrolment_exits_program_day ON enrolment_exits (program_id, exit_on)
    INCLUDE (organization_id, person_id, outcome, verdict, rule_version) WHERE superseded_at IS NULL
  `.execute(db);

  await sql`
    CREATE TABLE exit_follow_ups (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      enrolment_id uuid NOT NULL REFERENCES enrolments (id),
      program_id uuid NOT NULL REFERENCES programs (id),
      person_id uuid NOT NULL REFERENCES people (id),
      months smallint NOT NULL CHECK (months BETWEEN 1 AND 60),
      due_on date NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'answered', 'unreachable', 'cancelled')),
      attempts smallint NOT NULL DEFAULT 0,
      answered_on date,
      answered_via text CHECK (answered_via IN ('phone', 'in_person', 'email', 'form')),
      answer jsonb,
      task_given boolean NOT NULL DEFAULT false,
      recorded_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL,
      UNIQUE (enrolment_id, months),
      CHECK ((status = 'answered') = (answer IS NOT NULL)),
      CHECK ((answer IS NULL) = (answered_on IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX exit_follow_ups_due ON exit_follow_ups (due_on) WHERE status = 'pending'`.execute(
    db,
  );
  await sql`CREATE INDEX exit_follow_ups_person ON exit_follow_ups (person_id)`.execute(db);
  await sql`CREATE INDEX exit_follow_ups_program ON exit_follow_ups (program_id, due_on)`.execute(db);

  await sql`
    CREATE TABLE exit_follow_up_attempts (
      id uuid PRIMARY KEY,
      follow_up_id uuid NOT NULL REFERENCES exit_follow_ups (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      channel text NOT NULL CHECK (channel IN ('phone', 'email', 'sms', 'in_person', 'form')),
      result text NOT NULL,
      note text,
      recorded_by uuid REFERENCES users (id),
      at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX exit_follow_up_attempts_follow_up ON exit_follow_up_attempts (follow_up_id, at)`.execute(
    db,
  );

  await sql`
    CREATE TABLE exit_follow_up_links (
      id uuid PRIMARY KEY,
      follow_up_id uuid NOT NULL REFERENCES exit_follow_ups (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      token_hash text NOT NULL UNIQUE,
      language text NOT NULL,
      sent_to text NOT NULL,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz,
      -- An unused link past its expiry counts once as an unanswered attempt (the daily sweep).
      expiry_counted boolean NOT NULL DEFAULT false
    )
  `.execute(db);
  await sql`CREATE INDEX exit_follow_up_links_follow_up ON exit_follow_up_links (follow_up_id)`.execute(db);

  for (const table of ['enrolment_exits', 'exit_follow_ups']) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')`,
      )
      .execute(db);
  }
}
