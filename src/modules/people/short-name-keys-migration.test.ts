import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabaseJustBefore } from '../../../test/support/empty-database.js';
import { migrateToLatest } from '../../core/db/migrate.js';

/**
 * Migration 0094 on a database of the version before it: a file whose family name comes down to a
 * one-letter skeleton ("Ye") had only its given name alone as a key; it gets the keys that meet her
 * other file ("Ye Ling" typed again, "Yi Ling" misspelt). A file with longer names keeps its keys.
 */
let db: Kysely<unknown>;
let close: () => Promise<void>;
const organization = '01900000-0000-7000-8000-000000000941';
const ye = '01900000-0000-7000-8000-000000000942';
const oksana = '01900000-0000-7000-8000-000000000943';

beforeAll(async () => {
  ({ db, close } = await openDatabaseJustBefore('0094_duplicate_keys_of_short_names'));
}, 300_000);
afterAll(() => close());

const keysOf = async (personId: string) =>
  (
    await sql<{ key: string }>`
      SELECT key FROM person_duplicate_keys WHERE person_id = ${personId} ORDER BY key`.execute(db)
  ).rows.map((r) => r.key);

describe('migration 0094', { timeout: 300_000 }, () => {
  it('writes again the keys of files with a one-letter name skeleton, and only theirs', async () => {
    const now = new Date('2026-03-10T15:00:00Z');
    await sql`
      INSERT INTO organizations (id, name, kind, country, default_locale, time_zone, created_at)
      VALUES (${organization}, 'Carrefour Montréal', 'association', 'CA', 'fr', 'America/Toronto', ${now})`.execute(
      db,
    );
    const person = (id: string, given: string, family: string) => sql`
      INSERT INTO people (id, organization_id, given_name, family_name, birth_date, search_text, created_at,
        updated_at)
      VALUES (${id}, ${organization}, ${given}, ${family}, '1991-05-20', ${`${given} ${family}`.toLowerCase()},
        ${now}, ${now})`;
    await person(ye, 'Ling', 'Ye').execute(db);
    await person(oksana, 'Oksana', 'Shevchuk').execute(db);
    // What the rule of before wrote: the given name alone for Ye Ling, both names for Oksana.
    const key = (id: string, value: string) => sql`
      INSERT INTO person_duplicate_keys (organization_id, person_id, key) VALUES (${organization}, ${id}, ${value})`;
    for (const value of ['n:lin', 'd:1991-05-20|li']) await key(ye, value).execute(db);
    const oksanaKeys = ['n:sevcuk|uk', 'n:uksana|se', 'd:1991-05-20|uk', 'd:1991-05-20|se'];
    for (const value of oksanaKeys) await key(oksana, value).execute(db);

    await migrateToLatest(db);

    const yeKeys = await keysOf(ye);
    expect(yeKeys).toEqual(
      expect.arrayContaining(['n:i|li', 'n:lin|i', 'd:1991-05-20|i', 'd:1991-05-20|li']),
    );
    expect(yeKeys).not.toContain('n:lin');
    expect(await keysOf(oksana)).toEqual([...oksanaKeys].sort());
  });
});
