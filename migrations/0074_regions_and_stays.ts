import { type Kysely, sql } from 'kysely';

/**
 * Regions, regional partners and exploratory stays (regions module, docs/regions.md).
 * - `regional_partner_regions`: which platform organization covers which region (a district of the
 *   places reference data: in Québec an administrative region '01'…'17') for a consortium; kept by the
 *   consortium's coordinating organization. A partner may cover several regions.
 * - `exploratory_stays`: a stay of one to five days in a region, on the file of the household's main
 *   contact (`organization_id` owns it), hosted by a partner covering that region; `household_key` is
 *   the household's id when the person is in one, else the person's, copied so that figures count once.
 * - `exploratory_stay_travellers`: the household's files that go; children without a file are a count.
 * - `exploratory_stay_items`: the programme (employer and housing visits, meetings…), added by the
 *   person's organization or the host (`added_by_organization_id`).
 * - `exploratory_stay_costs`: cost lines in integer cents, and who pays them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE regional_partner_regions (
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      region_country char(2) NOT NULL,
      region_code text NOT NULL CHECK (length(region_code) BETWEEN 1 AND 10),
      added_by uuid NOT NULL REFERENCES users (id),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (consortium_id, organization_id, region_country, region_code)
    )
  `.execute(db);
  await sql`
    CREATE INDEX regional_partner_regions_region ON regional_partner_regions (region_country, region_code)
  `.execute(db);
  await sql`
    CREATE INDEX regional_partner_regions_org ON regional_partner_regions (organization_id)
  `.execute(db);
  await sql`
    CREATE TABLE exploratory_stays (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      household_key uuid NOT NULL,
      region_country char(2) NOT NULL,
      region_code text NOT NULL,
      host_organization_id uuid NOT NULL REFERENCES organizations (id),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      children_without_file int NOT NULL DEFAULT 0 CHECK (children_without_file BETWEEN 0 AND 20),
      purpose text CHECK (length(purpose) <= 2000),
      status text NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
      decision text CHECK (decision IN ('interested', 'not_interested', 'decided_to_move')),
      decided_on date,
      report_note text CHECK (length(report_note) <= 4000),
      host_observations text CHECK (length(host_observations) <= 4000),
      reported_by uuid REFERENCES users (id),
      reported_at timestamptz,
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK (ends_on >= starts_on AND ends_on <= starts_on + 4),
      CHECK ((decision IS NULL) = (reported_at IS NULL)),
      CHECK (decision IS NULL OR status = 'done'),
      CHECK ((decision = 'decided_to_move') = (decided_on IS NOT NULL))
    )
  `.execute(db);
  await sql`
    CREATE INDEX exploratory_stays_person ON exploratory_stays (organization_id, person_id, starts_on DESC)
  `.execute(db);
  await sql`
    CREATE INDEX exploratory_stays_org_start ON exploratory_stays (organization_id, starts_on)
  `.execute(db);
  await sql`
    CREATE INDEX exploratory_stays_region ON exploratory_stays (region_country, region_code, starts_on DESC)
  `.execute(db);
  await sql`
    CREATE TABLE exploratory_stay_travellers (
      stay_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      PRIMARY KEY (stay_id, person_id, organization_id),
      FOREIGN KEY (stay_id, organization_id) REFERENCES exploratory_stays (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX exploratory_stay_travellers_person ON exploratory_stay_travellers (organization_id, person_id)
  `.execute(db);
  await sql`
    CREATE TABLE exploratory_stay_items (
      id uuid NOT NULL,
      stay_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      day date NOT NULL,
      starts_at text CHECK (starts_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      kind text NOT NULL CHECK (kind IN ('employer_visit', 'housing_visit', 'meeting', 'school_visit', 'other')),
      employer_id uuid,
      description text NOT NULL CHECK (length(description) BETWEEN 1 AND 1000),
      added_by_organization_id uuid NOT NULL REFERENCES organizations (id),
      added_by uuid NOT NULL REFERENCES users (id),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (stay_id, organization_id) REFERENCES exploratory_stays (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX exploratory_stay_items_stay ON exploratory_stay_items (stay_id, day, starts_at)`.execute(
    db,
  );
  await sql`
    CREATE TABLE exploratory_stay_costs (
      id uuid NOT NULL,
      stay_id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      kind text NOT NULL CHECK (kind IN ('transport', 'lodging', 'meals', 'other')),
      amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 100000000),
      paid_by text NOT NULL CHECK (paid_by IN ('household', 'program', 'partner')),
      description text CHECK (length(description) <= 500),
      added_by uuid NOT NULL REFERENCES users (id),
      added_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (stay_id, organization_id) REFERENCES exploratory_stays (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX exploratory_stay_costs_stay ON exploratory_stay_costs (stay_id)`.execute(db);
}
