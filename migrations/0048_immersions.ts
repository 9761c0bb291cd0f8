import { type Kysely, sql } from 'kysely';

/**
 * Immersions and internships (issue 12): a PMSMP in France, an internship or a day of job shadowing
 * elsewhere, at a host employer of the directory (its site, its tutor among the employer's contacts),
 * with dates, planned hours and objectives; the agreement's signatories with the moment each signed
 * (recorded by staff); missed hours day by day; the end assessment (completed, partially completed,
 * did not show; ended with a job offer and its contract type). Part of the person's accompaniment:
 * each table follows the processing restriction of migration 0027.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE immersions (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      kind text NOT NULL CHECK (kind IN ('pmsmp', 'internship', 'job_shadowing')),
      employer_id uuid NOT NULL REFERENCES employers (id),
      site_id uuid REFERENCES employer_sites (id),
      tutor_contact_id uuid REFERENCES employer_contacts (id),
      counselor_user_id uuid NOT NULL REFERENCES users (id),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      planned_hours integer NOT NULL CHECK (planned_hours BETWEEN 1 AND 2000),
      objectives text NOT NULL CHECK (length(objectives) <= 4000),
      language text NOT NULL CHECK (language IN ('fr', 'en')),
      outcome text CHECK (outcome IN ('completed', 'partially_completed', 'did_not_show')),
      assessed_on date,
      ended_with_job_offer boolean,
      job_contract_type text,
      assessment_note text CHECK (length(assessment_note) <= 4000),
      assessed_by uuid REFERENCES users (id),
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (ends_on >= starts_on),
      CHECK ((outcome IS NULL) = (assessed_on IS NULL)),
      CHECK ((outcome IS NULL) = (ended_with_job_offer IS NULL)),
      CHECK (job_contract_type IS NULL OR ended_with_job_offer)
    )
  `.execute(db);
  await sql`CREATE INDEX immersions_person ON immersions (person_id, starts_on DESC)`.execute(db);
  await sql`CREATE INDEX immersions_organization ON immersions (organization_id, starts_on DESC)`.execute(db);
  await sql`CREATE INDEX immersions_employer ON immersions (employer_id)`.execute(db);

  await sql`
    CREATE TABLE immersion_signatures (
      immersion_id uuid NOT NULL REFERENCES immersions (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      signatory text NOT NULL CHECK (signatory IN ('person', 'employer', 'tutor', 'counselor')),
      signer_name text NOT NULL CHECK (length(signer_name) BETWEEN 1 AND 200),
      signed_at timestamptz NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (immersion_id, signatory)
    )
  `.execute(db);

  await sql`
    CREATE TABLE immersion_missed_hours (
      id uuid PRIMARY KEY,
      immersion_id uuid NOT NULL REFERENCES immersions (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      on_day date NOT NULL,
      minutes integer NOT NULL CHECK (minutes BETWEEN 15 AND 1440),
      reason text CHECK (length(reason) <= 500),
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX immersion_missed_hours_immersion ON immersion_missed_hours (immersion_id, on_day)`.execute(
    db,
  );

  for (const table of ['immersions', 'immersion_signatures', 'immersion_missed_hours'])
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')`,
      )
      .execute(db);
}
