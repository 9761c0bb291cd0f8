import { type Kysely, sql } from 'kysely';

/**
 * Individual career plans: one plan per person and program (at most one open at a time), the
 * fields a career-pathways funder asks for (structured lists in jsonb), typed goals, dated steps
 * and the plan's history. Step status dates are kept so that funder figures ("career activities
 * by type", "credentials obtained") are computed from the records.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE plans (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      program_id uuid,
      status text NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
      language text NOT NULL CHECK (language IN ('fr', 'en')),
      target_field text,
      target_job_titles jsonb NOT NULL DEFAULT '[]'::jsonb,
      esco_occupation_id text,
      barriers jsonb NOT NULL DEFAULT '[]'::jsonb,
      courses jsonb NOT NULL DEFAULT '[]'::jsonb,
      experience_opportunities jsonb NOT NULL DEFAULT '[]'::jsonb,
      credential_requirements jsonb NOT NULL DEFAULT '[]'::jsonb,
      credential_recognition jsonb,
      local_employers jsonb NOT NULL DEFAULT '[]'::jsonb,
      contacts jsonb NOT NULL DEFAULT '[]'::jsonb,
      revision int NOT NULL DEFAULT 1 CHECK (revision >= 1),
      signed_revision int,
      signed_on date,
      sign_method text CHECK (sign_method IN ('paper_in_person', 'electronic', 'verbal_with_witness')),
      signed_witness text,
      closed_on date,
      created_by uuid,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((signed_revision IS NULL) = (signed_on IS NULL) AND (signed_on IS NULL) = (sign_method IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX plans_person ON plans (organization_id, person_id)`.execute(db);
  await sql`
    CREATE UNIQUE INDEX plans_one_open_per_program ON plans
      (organization_id, person_id, COALESCE(program_id, '00000000-0000-0000-0000-000000000000'::uuid))
      WHERE status <> 'closed'
  `.execute(db);

  await sql`
    CREATE TABLE plan_goals (
      id uuid PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES plans (id),
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      kind text NOT NULL,
      title text NOT NULL,
      target_date date,
      target_level text,
      position int NOT NULL,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX plan_goals_plan ON plan_goals (plan_id, position)`.execute(db);
  await sql`CREATE INDEX plan_goals_organization_kind ON plan_goals (organization_id, kind)`.execute(db);

  await sql`
    CREATE TABLE plan_steps (
      id uuid PRIMARY KEY,
      goal_id uuid NOT NULL REFERENCES plan_goals (id) ON DELETE CASCADE,
      plan_id uuid NOT NULL REFERENCES plans (id),
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      title text NOT NULL,
      due_on date,
      actor text NOT NULL CHECK (actor IN ('person', 'counselor', 'partner')),
      partner_name text,
      status text NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'abandoned')),
      started_on date,
      done_on date,
      abandoned_on date,
      abandoned_reason text,
      evidence_note text,
      evidence_document_id uuid,
      position int NOT NULL,
      created_at timestamptz NOT NULL,
      status_changed_at timestamptz NOT NULL,
      CHECK ((status = 'done') = (done_on IS NOT NULL)),
      CHECK ((status = 'abandoned') = (abandoned_reason IS NOT NULL AND abandoned_on IS NOT NULL)),
      CHECK (actor <> 'partner' OR partner_name IS NOT NULL)
    )
  `.execute(db);
  await sql`CREATE INDEX plan_steps_goal ON plan_steps (goal_id, position)`.execute(db);
  // Caseload signals: a counselor's people with overdue steps, and each person's next step.
  await sql`CREATE INDEX plan_steps_open_due ON plan_steps (organization_id, status, due_on)`.execute(db);
  await sql`CREATE INDEX plan_steps_person ON plan_steps (organization_id, person_id)`.execute(db);

  await sql`
    CREATE TABLE plan_changes (
      id uuid PRIMARY KEY,
      plan_id uuid NOT NULL REFERENCES plans (id),
      organization_id uuid NOT NULL,
      person_id uuid NOT NULL,
      changed_at timestamptz NOT NULL,
      changed_by uuid,
      entity text NOT NULL CHECK (entity IN ('plan', 'goal', 'step')),
      entity_id uuid NOT NULL,
      action text NOT NULL CHECK (action IN ('created', 'updated', 'removed', 'status_changed', 'signed')),
      fields jsonb NOT NULL DEFAULT '[]'::jsonb,
      from_status text,
      to_status text,
      label text,
      revision int NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX plan_changes_plan ON plan_changes (plan_id, changed_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX plan_changes_step_status ON plan_changes (organization_id, entity, to_status, changed_at)`.execute(
    db,
  );
}
