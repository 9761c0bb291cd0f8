import { type Kysely, sql } from 'kysely';

/**
 * Job offers (issue 12): an employer's job with its occupation (an ESCO id, and its ISCO group kept
 * beside it so that offers can be found by family without the reference files), its place (a site of
 * the employer or a municipality of the places module, with coordinates for distances), the contract,
 * hours, pay range in integer cents, the language level and credentials required, positions, dates and
 * status. Offers are not personal data.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE job_offers (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      employer_id uuid NOT NULL REFERENCES employers (id),
      site_id uuid REFERENCES employer_sites (id),
      country text NOT NULL CHECK (country IN ('FR', 'US', 'CA')),
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      search_text text NOT NULL,
      description text CHECK (length(description) <= 10000),
      esco_id text,
      isco_code text CHECK (isco_code ~ '^[0-9]{1,4}$'),
      place_code text,
      place_name text,
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      remote boolean NOT NULL DEFAULT false,
      contract_type text NOT NULL,
      contract_months integer CHECK (contract_months BETWEEN 1 AND 60),
      working_time text NOT NULL CHECK (working_time IN ('full_time', 'part_time')),
      hours_per_week double precision CHECK (hours_per_week BETWEEN 1 AND 60),
      pay_min_cents bigint CHECK (pay_min_cents >= 0),
      pay_max_cents bigint CHECK (pay_max_cents >= 0),
      pay_period text CHECK (pay_period IN ('hour', 'month', 'year')),
      currency text NOT NULL CHECK (currency IN ('EUR', 'USD', 'CAD')),
      language_requirement jsonb,
      required_credentials jsonb NOT NULL DEFAULT '[]',
      skills jsonb NOT NULL DEFAULT '[]',
      starts_on date,
      expires_on date,
      positions integer NOT NULL CHECK (positions BETWEEN 1 AND 999),
      status text NOT NULL CHECK (status IN ('open', 'filled', 'closed')),
      source text NOT NULL,
      source_reference text CHECK (length(source_reference) <= 200),
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      status_changed_at timestamptz NOT NULL,
      CHECK ((latitude IS NULL) = (longitude IS NULL)),
      CHECK (pay_min_cents IS NULL OR pay_max_cents IS NULL OR pay_min_cents <= pay_max_cents),
      CHECK ((pay_period IS NULL) = (pay_min_cents IS NULL AND pay_max_cents IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX job_offers_organization_status ON job_offers (organization_id, status, created_at DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX job_offers_employer ON job_offers (employer_id)`.execute(db);
  // Matching looks for open offers of related occupations, then of the same ISCO family.
  await sql`CREATE INDEX job_offers_open_occupation ON job_offers (esco_id) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX job_offers_open_isco ON job_offers (isco_code text_pattern_ops) WHERE status = 'open'`.execute(
    db,
  );
  await sql`CREATE INDEX job_offers_search_trgm ON job_offers USING gin (search_text gin_trgm_ops)`.execute(
    db,
  );
  await sql`
    CREATE UNIQUE INDEX job_offers_source_reference
    ON job_offers (organization_id, source, source_reference) WHERE source_reference IS NOT NULL
  `.execute(db);
}
