import { type Kysely, sql } from 'kysely';

/**
 * Saved views of the caseload (a name for a set of filters and an order, personal or shared with the
 * organization) and the messages a counselor sends to several people at once. A message's text is kept
 * here, once, so that the mail jobs carry ids only (ADR 6) and read the text when they send.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE caseload_views (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      owner_user_id uuid NOT NULL REFERENCES users (id),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      shared boolean NOT NULL DEFAULT false,
      filters jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE UNIQUE INDEX caseload_views_owner_name
      ON caseload_views (organization_id, owner_user_id, lower(name))
  `.execute(db);
  await sql`CREATE INDEX caseload_views_shared ON caseload_views (organization_id) WHERE shared`.execute(db);

  await sql`
    CREATE TABLE caseload_messages (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      sent_by uuid NOT NULL REFERENCES users (id),
      subject text NOT NULL,
      body text NOT NULL,
      recipients int NOT NULL CHECK (recipients >= 0),
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX caseload_messages_organization ON caseload_messages (organization_id)`.execute(db);
}
