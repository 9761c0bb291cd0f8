import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { createPerson } from './create-person.js';
import { findPossibleDuplicates, phoneTailOf } from './find-possible-duplicates.js';

let database: TestDatabase;
let toulouse: string;
let nimes: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
const names = (result: { items: { givenName: string; familyName: string }[] }) =>
  result.items.map((p) => `${p.givenName} ${p.familyName}`);

beforeAll(async () => {
  database = await createTestDatabase();
  toulouse = (await givenOrganization(database.db, { name: 'ML Toulouse' })).id;
  nimes = (await givenOrganization(database.db, { name: 'ML Nîmes' })).id;
  counselor = await givenStaff(database.db, toulouse, 'counselor');
  const deps = testDeps(database);
  const register = (identity: Record<string, unknown>) =>
    createPerson(deps)(counselor, { identity: identity as never });
  await register({
    givenName: 'Mariia',
    familyName: 'Kovalenko',
    givenNameOriginal: 'Марія',
    familyNameOriginal: 'Коваленко',
    birthDate: '1990-03-14',
    phone: '+33 6 12 34 56 78',
    email: 'mariia.k@example.test',
  });
  await register({
    givenName: 'Aminah',
    familyName: 'Youssef',
    familyNameOriginal: 'يوسف',
    birthDate: '2001-07-02',
  });
  await register({ givenName: 'Jean', familyName: 'Dupont', birthDate: '1985-11-20' });
  // Opened with the Latin spelling only.
  await register({ givenName: 'Yuliya', familyName: 'Shcherbak', birthDate: '1996-09-09' });
  // The same name followed in Nîmes: never shown to Toulouse.
  const nimesCounselor = await givenStaff(database.db, nimes, 'counselor');
  await createPerson(deps)(nimesCounselor, {
    identity: { givenName: 'Mariia', familyName: 'Kovalenko', email: 'mariia.k@example.test' },
  });
});
afterAll(() => database.close());

describe('possible duplicates before opening a file', () => {
  it('finds a file by the name written in another script, or with typos', async () => {
    const find = findPossibleDuplicates(testDeps(database));
    const cyrillic = await find(counselor, { givenName: 'Марія', familyName: 'Коваленко' });
    expect(names(cyrillic)).toEqual(['Mariia Kovalenko']);
    expect(cyrillic.items[0]?.matchedOn).toEqual(['name']);
    expect(
      names(await find(counselor, { givenNameOriginal: 'Марія', familyNameOriginal: 'Коваленко' })),
    ).toEqual(['Mariia Kovalenko']);
    expect(names(await find(counselor, { givenName: 'Maria', familyName: 'Kovalenko' }))).toEqual([
      'Mariia Kovalenko',
    ]);
    expect(names(await find(counselor, { familyNameOriginal: 'يوسف' }))).toEqual(['Aminah Youssef']);
    expect(names(await find(counselor, { givenName: 'Zzyzx', familyName: 'Qwerty' }))).toEqual([]);
    // Typed in Cyrillic, a file with no Cyrillic in it is found through its Latin spelling.
    const typedInCyrillic = await find(counselor, {
      givenNameOriginal: 'Юлія',
      familyNameOriginal: 'Щербак',
    });
    expect(names(typedInCyrillic)).toEqual(['Yuliya Shcherbak']);
  });

  it('finds by phone in another writing, by e-mail without case, and by birth date with a loose name', async () => {
    const find = findPossibleDuplicates(testDeps(database));
    const byPhone = await find(counselor, { givenName: 'M.', phone: '06 12 34 56 78' });
    expect(names(byPhone)).toEqual(['Mariia Kovalenko']);
    expect(byPhone.items[0]?.matchedOn).toContain('phone');
    const byEmail = await find(counselor, { email: 'MARIIA.K@example.test' });
    expect(byEmail.items.map((p) => p.matchedOn)).toEqual([['email']]);
    const byBirth = await find(counselor, {
      givenName: 'Jan',
      familyName: 'Dupond',
      birthDate: '1985-11-20',
    });
    expect(names(byBirth)[0]).toBe('Jean Dupont');
    expect(byBirth.items[0]?.matchedOn).toContain('birthDate');
    // A birth date alone, with an unrelated name, is no match.
    expect(names(await find(counselor, { givenName: 'Zzyzx', birthDate: '1985-11-20' }))).toEqual([]);
  });

  it('shows only files of my organization, never restricted ones, and logs no name', async () => {
    const deps = testDeps(database);
    const nimesCounselor = await givenStaff(database.db, nimes, 'counselor');
    const mine = await findPossibleDuplicates(deps)(nimesCounselor, {
      givenName: 'Aminah',
      familyName: 'Youssef',
    });
    expect(mine.items).toEqual([]);
    const director = await givenStaff(database.db, toulouse, 'director');
    const dupont = (await findPossibleDuplicates(deps)(director, { givenName: 'Jean', familyName: 'Dupont' }))
      .items[0];
    await restrictProcessing(deps)(director, {
      personId: dupont!.id,
      reason: 'The person contests the data',
    });
    expect(
      (await findPossibleDuplicates(deps)(director, { givenName: 'Jean', familyName: 'Dupont' })).items,
    ).toEqual([]);
    const funder = await givenStaff(database.db, toulouse, 'funder');
    await expect(findPossibleDuplicates(deps)(funder, { givenName: 'Jean' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const logged = await database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'person.duplicate_search')
      .execute();
    expect(logged.length).toBeGreaterThan(0);
    expect(JSON.stringify(logged)).not.toMatch(/Dupont|Коваленко|example\.test|56 78/);
  });

  it('reads a phone number by its last nine digits, whatever the writing', () => {
    expect(phoneTailOf('+33 6 12 34 56 78')).toBe('612345678');
    expect(phoneTailOf('06.12.34.56.78')).toBe('612345678');
    expect(phoneTailOf('12 34')).toBeNull();
    expect(phoneTailOf(null)).toBeNull();
  });
});
