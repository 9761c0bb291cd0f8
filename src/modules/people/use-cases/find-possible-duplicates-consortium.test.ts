import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { anonymizePerson } from '../../privacy/use-cases/anonymize-person.js';
import { createPerson } from './create-person.js';
import { findPossibleDuplicates } from './find-possible-duplicates.js';
import { updatePerson } from './update-person.js';

let database: TestDatabase;
let lyon: Awaited<ReturnType<typeof givenStaff>>;
let grenoble: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
let grenobleFileId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const lyonId = (await givenOrganization(database.db, { name: 'Forum Réfugiés Lyon' })).id;
  const grenobleId = (await givenOrganization(database.db, { name: 'Accueil Grenoble' })).id;
  const outsiderId = (await givenOrganization(database.db, { name: 'Hors consortium' })).id;
  await givenConsortium(database.db, lyonId, [lyonId, grenobleId]);
  lyon = await givenStaff(database.db, lyonId, 'counselor');
  grenoble = await givenStaff(database.db, grenobleId, 'counselor');
  outsider = await givenStaff(database.db, outsiderId, 'counselor');
  const deps = testDeps(database);
  grenobleFileId = (
    await createPerson(deps)(grenoble, {
      identity: {
        givenName: 'Mohammed',
        familyName: 'Youssef',
        birthDate: '1991-04-07',
        phone: '+33 7 11 22 33 44',
      } as never,
    })
  ).id;
  await createPerson(deps)(lyon, {
    identity: { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '1979-12-01' } as never,
  });
});
afterAll(() => database.close());

describe('possible duplicates with the duplicate rule, and across the consortium', () => {
  it('finds a Latin file from Cyrillic with a swapped birth date, and says why', async () => {
    const result = await findPossibleDuplicates(testDeps(database))(lyon, {
      givenNameOriginal: 'Юрий',
      familyNameOriginal: 'Иванов',
      birthDate: '1979-01-12',
    });
    expect(result.items.map((p) => `${p.givenName} ${p.familyName}`)).toEqual(['Yuriy Ivanov']);
    expect(result.items[0]?.reasons).toEqual(['name_equal_across_scripts', 'birth_date_day_month_swapped']);
    expect(result.items[0]?.matchedOn).toEqual(['name', 'birthDate']);
  });

  it('tells a member that another member follows a possible match, and nothing more', async () => {
    const probe = { givenNameOriginal: 'محمد', familyNameOriginal: 'يوسف', birthDate: '1991-04-07' };
    const seen = await findPossibleDuplicates(testDeps(database))(lyon, probe);
    expect(seen).toEqual({ items: [], consortium: { possibleMatchElsewhere: true } });
    expect(JSON.stringify(seen)).not.toContain(grenobleFileId);
    // Not a member of the consortium: nothing is said; a different birth date: no match elsewhere.
    expect((await findPossibleDuplicates(testDeps(database))(outsider, probe)).consortium).toEqual({
      possibleMatchElsewhere: false,
    });
    const other = await findPossibleDuplicates(testDeps(database))(lyon, {
      ...probe,
      birthDate: '1960-10-30',
    });
    expect(other.consortium.possibleMatchElsewhere).toBe(false);
    const logged = await database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'person.duplicate_search')
      .execute();
    expect(JSON.stringify(logged)).not.toMatch(/Youssef|يوسف|1991/);
  });

  it('follows a file whose name changes, and forgets an anonymized one', async () => {
    const deps = testDeps(database);
    const find = (name: { givenName: string; familyName: string }) =>
      findPossibleDuplicates(deps)(grenoble, { ...name, birthDate: '1991-04-07' });
    expect((await find({ givenName: 'Muhammad', familyName: 'Yusuf' })).items).toHaveLength(1);
    await updatePerson(deps)(grenoble, {
      personId: grenobleFileId,
      givenName: 'Mohammed',
      familyName: 'Haddad',
      birthDate: '1991-04-07',
    } as never);
    expect((await find({ givenName: 'Mohamed', familyName: 'Haddad' })).items[0]?.reasons).toContain(
      'name_variant',
    );
    const director = await givenStaff(database.db, grenoble.actor!.organizationId, 'director');
    await anonymizePerson(deps)(director, {
      personId: grenobleFileId,
      reason: 'The person asked to be forgotten',
    });
    expect((await find({ givenName: 'Mohamed', familyName: 'Haddad' })).items).toEqual([]);
    const keys = await database.db
      .selectFrom('person_duplicate_keys')
      .select('key')
      .where('person_id', '=', grenobleFileId)
      .execute();
    expect(keys).toEqual([]);
  });
});
