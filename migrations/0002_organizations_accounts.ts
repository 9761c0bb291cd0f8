import { type Kysely, sql } from 'kysely';

/** Organizations, consortia, sites, staff accounts and their roles, sessions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organizations (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      short_name text,
      kind text NOT NULL,
      country char(2) NOT NULL,
      region text,
      city text,
      default_locale text NOT NULL DEFAULT 'fr',
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE consortia (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      coordinating_organization_id uuid NOT NULL REFERENCES organizations (id),
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE consortium_members (
      consortium_id uuid NOT NULL REFERENCES consortia (id),
      organization_id uuid NOT NULL REFERENCES organizations (id),
      joined_at timestamptz NOT NULL,
      PRIMARY KEY (consortium_id, organization_id)
    )
  `.execute(db);
  await sql`CREATE INDEX consortium_members_org ON consortium_members (organization_id)`.execute(db);
  await sql`
    CREATE TABLE sites (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      name text NOT NULL,
      address text,
      city text,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX sites_org ON sites (organization_id)`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      email citext NOT NULL UNIQUE,
      display_name text NOT NULL,
      password_hash text NOT NULL,
      locale text NOT NULL DEFAULT 'fr',
      totp_secret text,
      totp_enabled_at timestamptz,
      failed_login_count int NOT NULL DEFAULT 0,
      locked_until timestamptz,
      last_organization_id uuid REFERENCES organizations (id),
      disabled_at timestamptz,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`
    CREATE TABLE memberships (
      organization_id uuid NOT NULL REFERENCES organizations (id),
      user_id uuid NOT NULL REFERENCES users (id),
      role text NOT NULL,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (organization_id, user_id)
    )
  `.execute(db);
  await sql`CREATE INDEX memberships_user ON memberships (user_id)`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id uuid PRIMARY KEY,
      token_hash text NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users (id),
      organization_id uuid REFERENCES organizations (id),
      csrf_token text NOT NULL,
      second_factor_pending boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL,
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      ip text,
      user_agent text
    )
  `.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL`.execute(db);
  await sql`
    CREATE TABLE password_reset_tokens (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )
  `.execute(db);
}
