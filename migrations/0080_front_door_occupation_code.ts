import { type Kysely, sql } from 'kysely';

/**
 * The front door's occupation picker (docs/front-door.md, issue 17): the public form keeps the ESCO
 * occupation the person picked next to what they typed. 0073 allowed 20 characters for the code, and
 * an ESCO id is a UUID (36). The check is found by its definition (PostgreSQL named it in 0073).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DO $$
    DECLARE c record;
    BEGIN
      FOR c IN SELECT conname FROM pg_constraint
        WHERE conrelid = 'front_door_requests'::regclass AND contype = 'c'
          AND pg_get_constraintdef(oid) LIKE '%occupation_code%'
      LOOP
        EXECUTE format('ALTER TABLE front_door_requests DROP CONSTRAINT %I', c.conname);
      END LOOP;
    END $$;
  `.execute(db);
  await sql`
    ALTER TABLE front_door_requests
      ADD CONSTRAINT front_door_requests_occupation_code_check CHECK (length(occupation_code) <= 80)
  `.execute(db);
}
