import { type Kysely, sql } from 'kysely';

/**
 * Placements (issue 12): a person's hire and work contract — the employer of the directory (and its
 * site), the offer and application it came from, the occupation (ESCO id with its ISCO group kept for
 * SQL), the contract's type, working time, hours, wage in integer cents with its period, start and
 * planned end; the renewals (each a new planned end, dated) and suspensions (from, to, reason) that
 * follow, an early end with a coded reason, and the comparison of the job's ISCO skill level with the
 * person's at hire, with its evidence, so that underemployment can be counted later. Each organization
 * sets how many days before a contract's end its referents are alerted (default 30).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE placements (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL REFERENCES people (id),
      employer_id uuid NOT NULL REFERENCES employers (id),
      site_id uuid REFERENCES employer_sites (id),
      offer_id uuid REFERENCES job_offers (id),
      application_id uuid,
      country text NOT NULL CHECK (country IN ('FR', 'US', 'CA')),
      job_title text NOT NULL CHECK (length(job_title) BETWEEN 1 AND 200),
      esco_id text,
      isco_code text CHECK (isco_code ~ '^[0-9]{1,4}$'),
      contract_type text NOT NULL,
      working_time text NOT NULL CHECK (working_time IN ('full_time', 'part_time')),
      hours_per_week double precision CHECK (hours_per_week > 0 AND hours_per_week <= 60),
      wage_cents bigint CHECK (wage_cents >= 0),
      wage_period text CHECK (wage_period IN ('hour', 'month', 'year')),
      currency text NOT NULL CHECK (currency IN ('EUR', 'USD', 'CAD')),
      starts_on date NOT NULL,
      planned_end_on date,
      ended_early_on date,
      early_end_reason text,
      qualification_comparison text NOT NULL
        CHECK (qualification_comparison IN ('at_level', 'below_level', 'above_level', 'unknown')),
      job_skill_level smallint CHECK (job_skill_level BETWEEN 1 AND 4),
      person_skill_level smallint CHECK (person_skill_level BETWEEN 1 AND 4),
      qualification_evidence jsonb NOT NULL,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((wage_cents IS NULL) = (wage_period IS NULL)),
      CHECK (planned_end_on IS NULL OR planned_end_on >= starts_on),
      CHECK ((ended_early_on IS NULL) = (early_end_reason IS NULL)),
      CHECK (ended_early_on IS NULL OR ended_early_on >= starts_on)
    )
  `.execute(db);
  await sql`CREATE INDEX placements_person ON placements (person_id, starts_on DESC)`.execute(db);
  await sql`CREATE INDEX placements_organization ON placements (organization_id, starts_on)`.execute(db);
  // The daily sweep and the caseload's alert read the contracts still running that have an end.
  await sql`
    CREATE INDEX placements_running_with_end ON placements (organization_id, planned_end_on)
    WHERE ended_early_on IS NULL AND planned_end_on IS NOT NULL
  `.execute(db);
  await sql`CREATE UNIQUE INDEX placements_application ON placements (application_id) WHERE application_id IS NOT NULL`.execute(
    db,
  );

  await sql`
    CREATE TABLE placement_renewals (
      id uuid PRIMARY KEY,
      placement_id uuid NOT NULL REFERENCES placements (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      previous_end_on date NOT NULL,
      new_end_on date NOT NULL,
      decided_on date NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      CHECK (new_end_on > previous_end_on)
    )
  `.execute(db);
  await sql`CREATE INDEX placement_renewals_placement ON placement_renewals (placement_id, new_end_on)`.execute(
    db,
  );

  await sql`
    CREATE TABLE placement_suspensions (
      id uuid PRIMARY KEY,
      placement_id uuid NOT NULL REFERENCES placements (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      from_on date NOT NULL,
      to_on date NOT NULL,
      reason text NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      CHECK (to_on >= from_on)
    )
  `.execute(db);
  await sql`CREATE INDEX placement_suspensions_placement ON placement_suspensions (placement_id, from_on)`.execute(
    db,
  );

  await sql`
    CREATE TABLE placement_settings (
      organization_id uuid PRIMARY KEY REFERENCES organizations (id),
      end_alert_days integer NOT NULL CHECK (end_alert_days BETWEEN 1 AND 180),
      updated_by uuid NOT NULL REFERENCES users (id),
      updated_at timestamptz NOT NULL
    )
  `.execute(db);

  await sql`
    CREATE TRIGGER placements_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON placements
    FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')
  `.execute(db);
}
