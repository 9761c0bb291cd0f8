import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from './fixtures.js';
import { pristineStateOf, resetToPristine } from './reusable-database.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/**
 * The next test file of a worker starts from a database this reset gave back: it must be the pristine
 * one, every table written to empty again — including the tables others reference, which the reset
 * empties with DELETE rather than TRUNCATE.
 */
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

async function rowsIn(table: string): Promise<number> {
  const { rows } = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${sql.ref(table)}`.execute(
    database.db,
  );
  return rows[0]?.count ?? 0;
}

describe('resetting a test database', () => {
  it('empties what a file wrote, referenced tables included, and gives back the pristine state', async () => {
    const pristine = await pristineStateOf(database.db);
    const first = await givenOrganization(database.db, { name: 'Mission Locale Albi', country: 'FR' });
    const second = await givenOrganization(database.db, { name: 'Mission Locale Rodez', country: 'FR' });
    await givenConsortium(database.db, first.id, [first.id, second.id]);
    await givenStaff(database.db, first.id, 'counselor');
    expect(await rowsIn('organizations')).toBe(2);
    expect(await rowsIn('memberships')).toBe(1);

    expect(await resetToPristine(database.db, pristine)).toBe(true);

    for (const table of ['organizations', 'users', 'memberships', 'consortia', 'consortium_members'])
      expect(await rowsIn(table), table).toBe(0);
    expect(await pristineStateOf(database.db)).toEqual(pristine);
    // Nothing left to empty: the next reset finds no table written to.
    const { rows } = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND pg_relation_size(c.oid) > 0
        AND c.relname = ANY(${pristine.emptyTables})`.execute(database.db);
    expect(rows).toEqual([]);
  });
});
