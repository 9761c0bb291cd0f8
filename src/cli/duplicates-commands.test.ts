import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../test/support/fixtures.js';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { createPerson } from '../modules/people/use-cases/create-person.js';
import { anonymizePerson } from '../modules/privacy/use-cases/anonymize-person.js';
import { rebuildDuplicateKeysCommand } from './duplicates-commands.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('duplicates rebuild-keys', () => {
  it('writes every file’s keys again, none for an anonymized file', async () => {
    const deps = testDeps(database);
    const organizationId = (await givenOrganization(database.db)).id;
    const counselor = await givenStaff(database.db, organizationId, 'counselor');
    const open = async (givenName: string) =>
      (
        await createPerson(deps)(counselor, {
          identity: { givenName, familyName: 'Haddad', birthDate: '1990-01-02' },
        })
      ).id;
    const [kept, gone, third] = [await open('Amina'), await open('Samir'), await open('Leila')];
    const director = await givenStaff(database.db, organizationId, 'director');
    await anonymizePerson(deps)(director, { personId: gone, reason: 'The person asked to be forgotten' });
    const keysOf = async () =>
      (
        await database.db
          .selectFrom('person_duplicate_keys')
          .select(['person_id', 'key'])
          .orderBy('person_id')
          .orderBy('key')
          .execute()
      ).map((row) => `${row.person_id} ${row.key}`);
    const before = await keysOf();
    expect(before.some((row) => row.startsWith(gone))).toBe(false);
    await database.db.deleteFrom('person_duplicate_keys').execute();
    const printed: string[] = [];
    expect(await rebuildDuplicateKeysCommand(deps, (line) => printed.push(line), { batchSize: 2 })).toBe(0);
    expect(await keysOf()).toEqual(before);
    expect(before.some((row) => row.startsWith(kept)) && before.some((row) => row.startsWith(third))).toBe(
      true,
    );
    expect(printed.at(-1)).toBe('Duplicate-detection keys rebuilt for 3 file(s).');
  });
});
