import { type Kysely, sql } from 'kysely';

/**
 * Program progress counts a program's enrolments of a period, per member and in total: this index
 * answers it from the index alone (the program's rows of those days, with what is counted), where
 * enrolments had no index starting with the program and every count read the whole table. Not unique:
 * each shard of a distributed deployment (ADR 12) indexes its own rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX enrolments_program_day ON enrolments (program_id, enrolled_on)
      INCLUDE (organization_id, person_id, household_key)
  `.execute(db);
}
