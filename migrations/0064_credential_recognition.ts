import { type Kysely, sql } from 'kysely';

/**
 * Credential recognition (issue 18, recognition module). An organization's catalogue of pathways (an
 * occupation in one of the classifications and a jurisdiction: regulated or not, the regulator), shared
 * with its consortia (partners read, never write); each pathway's versions with their ordered steps
 * (typical cost in cents and duration, source), a version never changing once written. A person's case
 * follows one version: its steps are copied, each with its status, dates, documents, actual cost and who
 * paid it, and the loan application of the fund that pays it; the result and the credential obtained.
 * Keys follow ADR 12 (migration 0055): composite by organization. A case's pathway and version may be a
 * partner's, and a step's loan application is the fund operator's: cross-organization references without
 * foreign keys (src/core/db/distribution.ts). Cases and their steps are guarded by the restriction of
 * processing (migration 0027).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE recognition_pathways (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      occupation_scheme text NOT NULL CHECK (occupation_scheme IN ('esco', 'rome', 'onet', 'noc')),
      occupation_code text NOT NULL CHECK (length(occupation_code) BETWEEN 1 AND 200),
      jurisdiction text NOT NULL CHECK (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
      route_name text CHECK (length(route_name) <= 200),
      regulated boolean NOT NULL,
      regulator_name text CHECK (length(regulator_name) <= 300),
      regulator_url text CHECK (length(regulator_url) <= 1000),
      illustrative boolean NOT NULL,
      shared_with_consortium boolean NOT NULL,
      retired boolean NOT NULL DEFAULT false,
      created_by uuid,
      created_at timestamptz NOT NULL,
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX recognition_pathways_organization ON recognition_pathways (organization_id, jurisdiction)`.execute(
    db,
  );

  await sql`
    CREATE TABLE recognition_pathway_versions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL,
      pathway_id uuid NOT NULL,
      number int NOT NULL CHECK (number >= 1),
      effective_on date NOT NULL,
      change_note text CHECK (length(change_note) <= 1000),
      created_by uuid,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (pathway_id, number, organization_id),
      FOREIGN KEY (pathway_id, organization_id) REFERENCES recognition_pathways (id, organization_id)
    )
  `.execute(db);

  await sql`
    CREATE TABLE recognition_pathway_steps (
      version_id uuid NOT NULL,
      position int NOT NULL CHECK (position >= 1),
      organization_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('credential_evaluation', 'language_test', 'exam',
        'supervised_practice', 'course', 'application_fee', 'licence_issued', 'other')),
      label_fr text NOT NULL CHECK (length(label_fr) BETWEEN 1 AND 300),
      label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 300),
      evaluator text CHECK (length(evaluator) <= 200),
      report_type text CHECK (length(report_type) <= 200),
      language_test text CHECK (length(language_test) <= 200),
      level_required text CHECK (length(level_required) <= 100),
      typical_cost_cents bigint CHECK (typical_cost_cents >= 0),
      currency text NOT NULL CHECK (currency IN ('USD', 'CAD', 'EUR')),
      typical_duration_days int CHECK (typical_duration_days >= 0),
      source_url text CHECK (length(source_url) <= 1000),
      source_text text CHECK (length(source_text) <= 1000),
      PRIMARY KEY (version_id, position, organization_id),
      FOREIGN KEY (version_id, organization_id) REFERENCES recognition_pathway_versions (id, organization_id)
    )
  `.execute(db);

  await sql`
    CREATE TABLE recognition_cases (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      pathway_id uuid NOT NULL,
      pathway_organization_id uuid NOT NULL REFERENCES organizations (id),
      version_id uuid NOT NULL,
      started_on date NOT NULL,
      note text CHECK (length(note) <= 2000),
      result text CHECK (result IN ('recognised', 'partial', 'refused')),
      decided_on date,
      conditions text CHECK (length(conditions) <= 2000),
      credential_kind text CHECK (credential_kind IN ('licence', 'certification', 'degree', 'industry_certificate')),
      credential_name text CHECK (length(credential_name) <= 300),
      credential_obtained_on date,
      closed_on date,
      closing_reason text CHECK (closing_reason IN ('person_withdrew', 'moved_away', 'changed_goal', 'no_contact', 'other')),
      closing_note text CHECK (length(closing_note) <= 2000),
      created_by uuid,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((result IS NULL) = (decided_on IS NULL)),
      CHECK ((closed_on IS NULL) = (closing_reason IS NULL)),
      CHECK (result IS NULL OR closed_on IS NULL),
      CHECK ((credential_kind IS NULL) = (credential_obtained_on IS NULL)),
      CHECK (credential_kind IS NULL OR result IN ('recognised', 'partial'))
    )
  `.execute(db);
  await sql`CREATE INDEX recognition_cases_person ON recognition_cases (person_id, organization_id)`.execute(
    db,
  );
  await sql`CREATE INDEX recognition_cases_organization ON recognition_cases (organization_id)`.execute(db);
  await sql`CREATE INDEX recognition_cases_pathway ON recognition_cases (pathway_id)`.execute(db);

  await sql`
    CREATE TABLE recognition_case_steps (
      id uuid NOT NULL,
      organization_id uuid NOT NULL,
      case_id uuid NOT NULL,
      person_id uuid NOT NULL,
      position int NOT NULL CHECK (position >= 1),
      kind text NOT NULL,
      label_fr text NOT NULL,
      label_en text NOT NULL,
      evaluator text,
      report_type text,
      language_test text,
      level_required text,
      typical_cost_cents bigint,
      currency text NOT NULL,
      typical_duration_days int,
      status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done', 'waived', 'failed')),
      started_on date,
      done_on date CHECK (done_on >= started_on),
      actual_cost_cents bigint CHECK (actual_cost_cents >= 0),
      paid_by text CHECK (paid_by IN ('fund_loan', 'person', 'employer', 'grant', 'other')),
      document_ids uuid[] NOT NULL DEFAULT '{}',
      note text CHECK (length(note) <= 2000),
      loan_application_id uuid,
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      UNIQUE (case_id, position, organization_id),
      FOREIGN KEY (case_id, organization_id) REFERENCES recognition_cases (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((paid_by = 'fund_loan') = (loan_application_id IS NOT NULL))
    )
  `.execute(db);
  await sql`
    CREATE INDEX recognition_case_steps_application ON recognition_case_steps (loan_application_id)
      WHERE loan_application_id IS NOT NULL
  `.execute(db);

  for (const table of ['recognition_cases', 'recognition_case_steps'])
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')`,
      )
      .execute(db);
}
