import { type Kysely, sql } from 'kysely';

/**
 * Households of files (people module): several people the organization follows, each with a file of
 * their own, living together, around a main contact. Funders count households, not persons (Québec's
 * regionalization), so an enrolment's `household_key` is the household's id while the person is in one.
 * A person is in at most one household at a time (partial unique index); leaving sets `left_on`, a row
 * is never deleted, so who lived with whom stays known. `household_members` (migration 0003) stays: it
 * lists the dependants who have no file of their own, in one person's file.
 * Keys follow ADR 12 (migration 0055): composite by organization, both tables guarded by the restriction
 * of processing (migration 0027) through their person column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE households (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      created_at timestamptz NOT NULL,
      created_by uuid,
      main_contact_person_id uuid NOT NULL,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (main_contact_person_id, organization_id) REFERENCES people (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX households_organization ON households (organization_id)`.execute(db);
  await sql`
    CREATE TABLE household_memberships (
      id uuid NOT NULL,
      organization_id uuid NOT NULL,
      household_id uuid NOT NULL,
      person_id uuid NOT NULL,
      relation text NOT NULL CHECK (relation IN ('main', 'spouse', 'child', 'parent', 'sibling', 'other')),
      joined_on date NOT NULL,
      left_on date CHECK (left_on >= joined_on),
      recorded_by uuid,
      left_recorded_by uuid,
      PRIMARY KEY (id, organization_id),
      FOREIGN KEY (household_id, organization_id) REFERENCES households (id, organization_id),
      FOREIGN KEY (person_id, organization_id) REFERENCES people (id, organization_id)
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX household_memberships_one_current
      ON household_memberships (person_id, organization_id) WHERE left_on IS NULL
  `.execute(db);
  await sql`
    CREATE INDEX household_memberships_household ON household_memberships (household_id, organization_id)
  `.execute(db);
  await sql`CREATE INDEX household_memberships_organization ON household_memberships (organization_id)`.execute(
    db,
  );
  for (const [table, column] of [
    ['households', 'main_contact_person_id'],
    ['household_memberships', 'person_id'],
  ] as const) {
    await sql
      .raw(
        `CREATE TRIGGER ${table}_processing_restricted BEFORE INSERT OR UPDATE OR DELETE ON ${table}
         FOR EACH ROW EXECUTE FUNCTION person_processing_guard('${column}')`,
      )
      .execute(db);
  }
}
