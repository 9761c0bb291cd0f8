import { type Kysely, sql } from 'kysely';

/**
 * Matching (issue 12): a person's job-search wishes (how far they can travel, the contracts, working
 * time and hours they look for), kept by the matching module beside the file, and each organization's
 * match weights, a setting its coordinators change (defaults are the domain's `defaultMatchWeights`
 * while no row exists). The offers' candidate search runs on three indexes: the organization's open
 * offers by ISCO minor group, and by ESCO occupation, then latitude and longitude (one index range per
 * group or occupation, the longitude checked in the index), and its open remote offers by group.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE person_job_wishes (
      person_id uuid PRIMARY KEY REFERENCES people (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      mobility_km integer CHECK (mobility_km BETWEEN 0 AND 500),
      contract_types jsonb NOT NULL DEFAULT '[]',
      working_time text CHECK (working_time IN ('full_time', 'part_time')),
      min_hours_per_week double precision CHECK (min_hours_per_week BETWEEN 1 AND 60),
      max_hours_per_week double precision CHECK (max_hours_per_week BETWEEN 1 AND 60),
      updated_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL,
      CHECK (min_hours_per_week IS NULL OR max_hours_per_week IS NULL OR min_hours_per_week <= max_hours_per_week)
    )
  `.execute(db);
  await sql`CREATE INDEX person_job_wishes_organization ON person_job_wishes (organization_id)`.execute(db);
  await sql`
    CREATE TABLE match_weights (
      organization_id uuid PRIMARY KEY REFERENCES organizations (id),
      occupation integer NOT NULL CHECK (occupation BETWEEN 0 AND 10),
      skills integer NOT NULL CHECK (skills BETWEEN 0 AND 10),
      language integer NOT NULL CHECK (language BETWEEN 0 AND 10),
      distance integer NOT NULL CHECK (distance BETWEEN 0 AND 10),
      contract integer NOT NULL CHECK (contract BETWEEN 0 AND 10),
      hours integer NOT NULL CHECK (hours BETWEEN 0 AND 10),
      credential integer NOT NULL CHECK (credential BETWEEN 0 AND 10),
      updated_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE INDEX job_offers_open_minor_group_position
    ON job_offers (organization_id, left(isco_code, 3), latitude, longitude) WHERE status = 'open'
  `.execute(db);
  await sql`
    CREATE INDEX job_offers_open_occupation_position
    ON job_offers (organization_id, esco_id, latitude, longitude) WHERE status = 'open'
  `.execute(db);
  await sql`
    CREATE INDEX job_offers_open_remote_minor_group
    ON job_offers (organization_id, left(isco_code, 3)) WHERE status = 'open' AND remote
  `.execute(db);
}
