import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { listCaseload } from './list-caseload.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('finding people again', () => {
  it('finds names across scripts, accents and typos, best match first, only in my organization', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const me = await givenStaff(database.db, organization.id, 'counselor');
    const people = [
      { givenName: 'Aminah', familyName: 'Youssef', givenNameOriginal: 'آمنة', familyNameOriginal: 'يوسف' },
      {
        givenName: 'Mariia',
        familyName: 'Kovalenko',
        givenNameOriginal: 'Марія',
        familyNameOriginal: 'Коваленко',
      },
      { givenName: 'Élodie', familyName: 'Nkemba' },
      { givenName: 'Omar', familyName: 'Haddad' },
    ];
    for (const identity of people) await createPerson(deps)(me, { identity });
    const other = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await createPerson(deps)(other, { identity: { givenName: 'Amina', familyName: 'Yusuf' } });

    const search = async (q: string) =>
      (await listCaseload(deps)(me, { q, page: 1, pageSize: 10, sort: 'name' })).items.map(
        (i) => `${i.givenName} ${i.familyName}`,
      );
    expect((await search('Amina Yusuf'))[0]).toBe('Aminah Youssef');
    expect(await search('Amina Yusuf')).not.toContain('Amina Yusuf');
    expect((await search('maria kovalenko'))[0]).toBe('Mariia Kovalenko');
    expect((await search('Марія'))[0]).toBe('Mariia Kovalenko');
    expect((await search('elodie'))[0]).toBe('Élodie Nkemba');
    expect((await search('يوسف'))[0]).toBe('Aminah Youssef');
    expect(await search('Zzyzx')).toEqual([]);
  });

  it('pages the caseload with a total and filters by referent', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const me = await givenStaff(database.db, organization.id, 'counselor');
    const colleague = await givenStaff(database.db, organization.id, 'counselor');
    for (let i = 0; i < 7; i++)
      await createPerson(deps)(me, { identity: { givenName: `Person${i}`, familyName: 'Mine' } });
    for (let i = 0; i < 3; i++)
      await createPerson(deps)(colleague, { identity: { givenName: `Person${i}`, familyName: 'Theirs' } });
    const first = await listCaseload(deps)(me, { page: 1, pageSize: 5, sort: 'name' });
    expect(first.total).toBe(10);
    expect(first.items).toHaveLength(5);
    const second = await listCaseload(deps)(me, { page: 2, pageSize: 5, sort: 'name' });
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(10);
    expect(second.total).toBe(10);
    // A page past the end has no row to carry the total: it is counted apart, and still given.
    const beyond = await listCaseload(deps)(me, { page: 4, pageSize: 5, sort: 'name' });
    expect(beyond).toMatchObject({ items: [], total: 10 });
    expect((await listCaseload(deps)(me, { q: 'Zzyzx', page: 1, pageSize: 5, sort: 'name' })).total).toBe(0);
    const mine = await listCaseload(deps)(me, { referent: 'me', page: 1, pageSize: 50, sort: 'name' });
    expect(mine.total).toBe(7);
    expect(mine.items.every((i) => i.referentUserId === me.actor.userId)).toBe(true);
  });
});
