import { type Kysely, sql } from 'kysely';

/**
 * A person's job-search profile also says what they can do and hold: skills in their own words, and
 * licences or credentials (held, or under way) — matching compares them with the skills and the
 * credentials an offer requires, which were otherwise always "unknown".
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE person_job_wishes
      ADD COLUMN skills jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN credentials jsonb NOT NULL DEFAULT '[]'
  `.execute(db);
}
