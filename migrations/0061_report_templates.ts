import { type Kysely, sql } from 'kysely';

/**
 * Funder report templates a program's coordinators copied and changed (reports module). The standard
 * templates are data shipped with the code; a copy is a row here, its definition (indicators,
 * breakdowns, period, language) validated against the catalogue before it is saved. Each save bumps
 * `version`, so a report produced says which version of its template it followed.
 * Keys follow ADR 12 (migration 0055): composite by organization.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE report_templates (
      id uuid NOT NULL,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      program_id uuid NOT NULL,
      based_on text NOT NULL,
      definition jsonb NOT NULL,
      version int NOT NULL CHECK (version >= 1),
      created_by uuid,
      created_at timestamptz NOT NULL,
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      PRIMARY KEY (id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX report_templates_program ON report_templates (program_id, organization_id)`.execute(
    db,
  );
}
