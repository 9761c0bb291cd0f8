import { type Kysely, sql } from 'kysely';

/**
 * Single sign-on (ADR 9): an organization may name one OpenID Connect identity provider. The client
 * secret is sealed with the key ring (ENCRYPTION_KEYS), bound to the organization. Staff log in through
 * it only with a verified e-mail of one of the allowed domains, for an account that already works there.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE identity_providers (
      organization_id uuid PRIMARY KEY REFERENCES organizations (id),
      issuer text NOT NULL,
      client_id text NOT NULL,
      client_secret_sealed text NOT NULL,
      allowed_email_domains text[] NOT NULL,
      second_factor_acr text,
      enabled boolean NOT NULL DEFAULT true,
      updated_at timestamptz NOT NULL,
      updated_by uuid REFERENCES users (id)
    )
  `.execute(db);
  await sql`CREATE INDEX identity_providers_domains_idx ON identity_providers USING gin (allowed_email_domains)`.execute(
    db,
  );
}
