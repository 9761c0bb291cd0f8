import { type Kysely, sql } from 'kysely';

/**
 * Requests to join a public information session, made by people who are not yet anybody's
 * beneficiary. A request waits for the organizing team; accepted, it names the person and the
 * enrolment it became. One pending request per e-mail and series, so that signing up twice is harmless.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE session_signup_requests (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations (id),
      series_id uuid NOT NULL REFERENCES session_series (id),
      given_name text NOT NULL,
      family_name text NOT NULL,
      email citext NOT NULL,
      phone text,
      preferred_language text NOT NULL CHECK (preferred_language IN ('fr', 'en', 'ar')),
      consent_text_version text NOT NULL,
      consent_given_at timestamptz NOT NULL,
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined')),
      decided_by uuid,
      decided_at timestamptz,
      person_id uuid,
      enrolment_id uuid,
      created_at timestamptz NOT NULL
    )
  `.execute(db);
  await sql`CREATE UNIQUE INDEX session_signup_requests_one_pending ON session_signup_requests (series_id, email) WHERE status = 'pending'`.execute(
    db,
  );
  await sql`CREATE INDEX session_signup_requests_by_organization ON session_signup_requests (organization_id, series_id, status)`.execute(
    db,
  );
}
