import { type Kysely, sql } from 'kysely';

/**
 * Regionalization plans (relocation-plans module, docs/relocation-plans.md): the plan of a household
 * that considers settling in a region of Québec, kept on its main contact's file.
 * - `relocation_plans`: one current plan per household key (the household's id while the person is in
 *   one, else the person's id) in the organization; the community sought (regions in order of
 *   preference, housing, schools, health services, climate of life, a spouse's job), studies, the
 *   track, the pre-departure track of a person still abroad and the entrepreneurship track. Lists are
 *   JSON validated by the contract; `first_region_*` repeat the first preference for the figures.
 *   `health_note` is health data: shown only to the person's organization, never logged.
 * - `relocation_plan_revisions`: every save, numbered, with the fields it changed and what the plan
 *   said then (without the health note), so that the plan's history stays readable.
 * Both refuse changes while the person's processing is restricted (migration 0027's guard).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE relocation_plans (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      person_id uuid NOT NULL,
      household_key uuid NOT NULL,
      track text NOT NULL CHECK (track IN ('employment', 'entrepreneurship', 'studies')),
      regions jsonb NOT NULL,
      first_region_country text,
      first_region_code text,
      moving_member_ids jsonb NOT NULL,
      housing_tenure text CHECK (housing_tenure IN ('tenant', 'owner', 'either')),
      housing_rooms integer CHECK (housing_rooms BETWEEN 1 AND 20),
      housing_budget_min_cents bigint CHECK (housing_budget_min_cents >= 0),
      housing_budget_max_cents bigint CHECK (housing_budget_max_cents >= 0),
      schools_needed boolean NOT NULL,
      childcare_needed boolean NOT NULL,
      health_needs jsonb NOT NULL,
      health_note text CHECK (length(health_note) <= 1000),
      life_settings jsonb NOT NULL,
      spouse_occupation text CHECK (length(spouse_occupation) <= 200),
      spouse_seeks_work boolean,
      studies_program text CHECK (length(studies_program) <= 200),
      studies_institution text CHECK (length(studies_institution) <= 200),
      studies_region_code text,
      abroad_country text CHECK (abroad_country ~ '^[A-Z]{2}$'),
      abroad_time_zone text CHECK (length(abroad_time_zone) <= 64),
      planned_arrival_on date,
      predeparture_documents jsonb NOT NULL,
      business_kind text CHECK (business_kind IN ('idea', 'takeover')),
      business_description text CHECK (length(business_description) <= 2000),
      business_takeover_of text CHECK (length(business_takeover_of) <= 200),
      business_place_country text,
      business_place_code text,
      business_steps jsonb NOT NULL,
      business_created_on date,
      business_neq text CHECK (business_neq ~ '^[0-9]{10}$'),
      revision integer NOT NULL CHECK (revision >= 1),
      created_by uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      updated_by uuid NOT NULL REFERENCES users (id),
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id),
      CHECK ((first_region_country IS NULL) = (first_region_code IS NULL)),
      CHECK ((business_place_country IS NULL) = (business_place_code IS NULL)),
      CHECK (housing_budget_min_cents IS NULL OR housing_budget_max_cents IS NULL
             OR housing_budget_min_cents <= housing_budget_max_cents),
      CHECK (business_neq IS NULL OR business_created_on IS NOT NULL)
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX relocation_plans_one_per_household ON relocation_plans (organization_id, household_key)
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX relocation_plans_one_per_person ON relocation_plans (organization_id, person_id)
  `.execute(db);
  await sql`
    CREATE TABLE relocation_plan_revisions (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      plan_id uuid NOT NULL,
      person_id uuid NOT NULL,
      revision integer NOT NULL CHECK (revision >= 1),
      changed_fields jsonb NOT NULL,
      snapshot jsonb NOT NULL,
      recorded_by uuid NOT NULL REFERENCES users (id),
      recorded_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (plan_id, organization_id) REFERENCES relocation_plans (id, organization_id),
      UNIQUE (plan_id, revision, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE INDEX relocation_plan_revisions_person ON relocation_plan_revisions (organization_id, person_id)
  `.execute(db);
  // A person whose processing is restricted (migration 0027): their plan is read, not changed.
  for (const table of ['relocation_plans', 'relocation_plan_revisions'])
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('person_id')`,
      )
      .execute(db);
}
