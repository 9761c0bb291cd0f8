import { type Kysely, sql } from 'kysely';

/** Programs with their eligibility rules, referents and targets; enrolments with their evaluation. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE programs (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      consortium_id uuid,
      code text NOT NULL,
      name_fr text NOT NULL,
      name_en text NOT NULL,
      description_fr text,
      description_en text,
      counting_unit text NOT NULL CHECK (counting_unit IN ('person', 'household')),
      status text NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
      starts_on date,
      ends_on date,
      eligibility_rules jsonb NOT NULL DEFAULT '[]'::jsonb,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      UNIQUE (organization_id, code)
    )
  `.execute(db);
  await sql`CREATE INDEX programs_consortium ON programs (consortium_id)`.execute(db);

  await sql`
    CREATE TABLE program_referents (
      program_id uuid NOT NULL REFERENCES programs (id),
      organization_id uuid NOT NULL,
      user_id uuid NOT NULL,
      assigned_at timestamptz NOT NULL,
      PRIMARY KEY (program_id, organization_id)
    )
  `.execute(db);

  await sql`
    CREATE TABLE program_targets (
      id uuid PRIMARY KEY,
      program_id uuid NOT NULL REFERENCES programs (id),
      organization_id uuid NOT NULL,
      member_organization_id uuid,
      period_start date NOT NULL,
      period_end date NOT NULL,
      target_count int NOT NULL CHECK (target_count >= 0),
      unit text NOT NULL CHECK (unit IN ('person', 'household')),
      CHECK (period_end >= period_start)
    )
  `.execute(db);
  await sql`CREATE INDEX program_targets_program ON program_targets (program_id)`.execute(db);

  await sql`
    CREATE TABLE enrolments (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      program_id uuid NOT NULL REFERENCES programs (id),
      person_id uuid NOT NULL,
      household_key text,
      status text NOT NULL CHECK (status IN ('enrolled', 'exited', 'withdrawn')),
      enrolled_on date NOT NULL,
      ended_on date,
      end_reason text,
      intake_source text NOT NULL,
      intake_partner_organization_id uuid,
      intake_note text,
      eligibility_verdict text NOT NULL,
      eligibility_snapshot jsonb NOT NULL,
      override_justification text,
      enrolled_by uuid,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX enrolments_org_program ON enrolments (organization_id, program_id, status)`.execute(
    db,
  );
  await sql`CREATE INDEX enrolments_person ON enrolments (person_id)`.execute(db);
  // One open enrolment per person and program.
  await sql`CREATE UNIQUE INDEX enrolments_one_open ON enrolments (program_id, person_id) WHERE status = 'enrolled'`.execute(
    db,
  );
}
