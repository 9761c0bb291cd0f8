import { type Kysely, sql } from 'kysely';

/**
 * Single sign-on identifies a staff member by the provider's subject (`iss` + `sub`), which the provider
 * never reassigns, rather than by an e-mail that may change hands: the first sign-on by verified e-mail
 * links the subject to the account, later ones go through the link only (ADR 9).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE identity_links (
      organization_id uuid NOT NULL REFERENCES organizations (id),
      issuer text NOT NULL,
      subject text NOT NULL,
      user_id uuid NOT NULL REFERENCES users (id),
      linked_at timestamptz NOT NULL,
      PRIMARY KEY (organization_id, issuer, subject),
      UNIQUE (organization_id, issuer, user_id)
    )
  `.execute(db);
}
