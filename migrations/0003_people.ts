import { type Kysely, sql } from 'kysely';

/** The person's file: identity in two scripts, status, languages, education, experience, barriers, household, consent. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE people (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      given_name text NOT NULL,
      family_name text NOT NULL,
      given_name_original text,
      family_name_original text,
      sex text CHECK (sex IN ('female', 'male', 'other')),
      birth_date date,
      nationality char(2),
      phone text,
      email text,
      address text,
      city text,
      region text,
      country char(2),
      preferred_language text,
      immigration_status text,
      status_date date,
      asylum_application_date date,
      arrival_date date,
      referent_user_id uuid,
      search_text text NOT NULL,
      created_by uuid,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX people_org_family ON people (organization_id, family_name, given_name)`.execute(db);
  await sql`CREATE INDEX people_org_created ON people (organization_id, created_at DESC)`.execute(db);
  await sql`CREATE INDEX people_org_referent ON people (organization_id, referent_user_id)`.execute(db);
  await sql`CREATE INDEX people_search_trgm ON people USING gin (search_text gin_trgm_ops)`.execute(db);

  const child = async (table: string, columns: string) => {
    await sql
      .raw(`
      CREATE TABLE ${table} (
        id uuid PRIMARY KEY,
        organization_id uuid NOT NULL,
        person_id uuid NOT NULL REFERENCES people (id),
        ${columns},
        created_at timestamptz NOT NULL
      )`)
      .execute(db);
    await sql.raw(`CREATE INDEX ${table}_person ON ${table} (person_id)`).execute(db);
  };
  await child(
    'person_languages',
    `language text NOT NULL, mother_tongue boolean NOT NULL DEFAULT false,
     scale text CHECK (scale IN ('cefr', 'clb', 'nclc')), skill text, level text, test_name text, test_date date`,
  );
  await child(
    'person_education',
    `isced_level int CHECK (isced_level BETWEEN 0 AND 8), field text, country char(2), year_completed int,
     obtained_abroad boolean NOT NULL, recognition_status text NOT NULL DEFAULT 'not_started'`,
  );
  await child(
    'person_experience',
    `occupation_label text NOT NULL, esco_id text, employer text, country char(2), start_year int, end_year int`,
  );
  await child(
    'person_barriers',
    `category text NOT NULL, status text NOT NULL, identified_on date NOT NULL, resolved_on date, note text`,
  );
  await child('household_members', `relation text NOT NULL, given_name text, birth_year int`);
  await child(
    'consents',
    `purpose text NOT NULL, partner_organization_ids uuid[] NOT NULL DEFAULT '{}', given_on date NOT NULL,
     expires_on date, revoked_on date, recorded_by uuid`,
  );
}
