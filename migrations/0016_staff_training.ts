import { type Kysely, sql } from 'kysely';

/**
 * Staff training toward a certification: each organization may set what its staff must accumulate
 * (training points, hours credited from live attendance, or both) over a rolling number of months.
 * A staff member's trainings are found by their account, so their enrolments are indexed by user.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE staff_certifications (
      organization_id uuid PRIMARY KEY REFERENCES organizations (id),
      name_fr text NOT NULL,
      name_en text NOT NULL,
      required_points integer CHECK (required_points IS NULL OR required_points > 0),
      required_minutes integer CHECK (required_minutes IS NULL OR required_minutes > 0),
      period_months integer NOT NULL CHECK (period_months BETWEEN 1 AND 120),
      updated_by uuid,
      updated_at timestamptz NOT NULL,
      CHECK (required_points IS NOT NULL OR required_minutes IS NOT NULL)
    )
  `.execute(db);
  await sql`CREATE INDEX session_enrolments_by_user ON session_enrolments (user_id) WHERE user_id IS NOT NULL`.execute(
    db,
  );
}
