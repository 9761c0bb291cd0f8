import { type Kysely, sql } from 'kysely';

/**
 * The employers directory (issue 12): each organization's employers with their legal identifier
 * (SIRET, EIN or NEQ, digits only, unique inside the organization), sector, size, SIAE standing and
 * sharing with the organization's consortia; their sites (an address resolved to a municipality with
 * coordinates when the places module knows it), contacts (personal data: names), commitments
 * (pathways and hiring pledges) and the engagement history. Employers are not a person's
 * accompaniment: no processing-restriction trigger here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE employers (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      search_text text NOT NULL,
      country text NOT NULL CHECK (country IN ('FR', 'US', 'CA')),
      legal_id_scheme text CHECK (legal_id_scheme IN ('siret', 'ein', 'neq')),
      legal_id text CHECK (legal_id ~ '^[0-9]{9,14}$'),
      sector_scheme text CHECK (sector_scheme IN ('naf', 'naics', 'scian')),
      sector_code text,
      sector_label text,
      size_band text CHECK (size_band IN ('0', '1-9', '10-49', '50-249', '250-999', '1000+')),
      website text,
      siae boolean NOT NULL DEFAULT false,
      siae_kind text CHECK (siae_kind IN ('aci', 'ei', 'etti', 'ai', 'eiti')),
      siae_consortium_id uuid REFERENCES consortia (id),
      shared_with_consortium boolean NOT NULL DEFAULT false,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK ((legal_id_scheme IS NULL) = (legal_id IS NULL)),
      CHECK ((sector_scheme IS NULL) = (sector_code IS NULL)),
      CHECK (siae OR (siae_kind IS NULL AND siae_consortium_id IS NULL)),
      CHECK (NOT siae OR country = 'FR')
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX employers_organization_legal_id
    ON employers (organization_id, legal_id_scheme, legal_id) WHERE legal_id IS NOT NULL
  `.execute(db);
  await sql`CREATE INDEX employers_organization_name ON employers (organization_id, name)`.execute(db);
  await sql`CREATE INDEX employers_shared ON employers (organization_id) WHERE shared_with_consortium`.execute(
    db,
  );
  await sql`CREATE INDEX employers_search_trgm ON employers USING gin (search_text gin_trgm_ops)`.execute(db);

  await sql`
    CREATE TABLE employer_sites (
      id uuid PRIMARY KEY,
      employer_id uuid NOT NULL REFERENCES employers (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
      address_line text,
      postal_code text,
      city text NOT NULL CHECK (length(city) BETWEEN 1 AND 120),
      country text NOT NULL CHECK (country IN ('FR', 'US', 'CA')),
      place_code text,
      latitude double precision CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision CHECK (longitude BETWEEN -180 AND 180),
      head_office boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      removed_at timestamptz,
      CHECK ((latitude IS NULL) = (longitude IS NULL))
    )
  `.execute(db);
  await sql`CREATE INDEX employer_sites_employer ON employer_sites (employer_id)`.execute(db);
  await sql`
    CREATE UNIQUE INDEX employer_sites_one_head_office
    ON employer_sites (employer_id) WHERE head_office AND removed_at IS NULL
  `.execute(db);

  await sql`
    CREATE TABLE employer_contacts (
      id uuid PRIMARY KEY,
      employer_id uuid NOT NULL REFERENCES employers (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
      family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
      role text NOT NULL CHECK (role IN ('hr', 'hiring_manager', 'executive', 'tutor', 'csr', 'other')),
      job_title text,
      email text,
      phone text,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX employer_contacts_employer ON employer_contacts (employer_id)`.execute(db);

  await sql`
    CREATE TABLE employer_commitments (
      id uuid PRIMARY KEY,
      employer_id uuid NOT NULL REFERENCES employers (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      kind text NOT NULL CHECK (kind IN ('pathway', 'hiring_pledge')),
      field text,
      description text,
      hires integer CHECK (hires BETWEEN 1 AND 100000),
      period_start date,
      period_end date,
      made_on date NOT NULL,
      status text NOT NULL CHECK (status IN ('committed', 'in_progress', 'fulfilled', 'not_fulfilled', 'withdrawn')),
      status_changed_at timestamptz,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      CHECK (kind <> 'pathway' OR (field IS NOT NULL AND hires IS NULL AND period_start IS NULL AND period_end IS NULL)),
      CHECK (kind <> 'hiring_pledge' OR (hires IS NOT NULL AND period_start IS NOT NULL AND period_end >= period_start))
    )
  `.execute(db);
  await sql`CREATE INDEX employer_commitments_employer ON employer_commitments (employer_id)`.execute(db);

  await sql`
    CREATE TABLE employer_engagements (
      id uuid PRIMARY KEY,
      employer_id uuid NOT NULL REFERENCES employers (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      kind text NOT NULL CHECK (kind IN ('call', 'visit', 'event', 'agreement', 'email')),
      occurred_on date NOT NULL,
      summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
      contact_id uuid REFERENCES employer_contacts (id),
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE INDEX employer_engagements_timeline
    ON employer_engagements (employer_id, occurred_on DESC, recorded_at DESC, id DESC)
  `.execute(db);
}
