import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { occupationCrosswalks } from '../adapters/occupation-crosswalk-files.js';
import { occupationEquivalents } from './occupation-equivalents.js';

const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';
const generalNurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('occupationEquivalents', () => {
  it('bridges a Syrian civil engineer’s occupation to the codes used in France, the US and Canada', async () => {
    const deps = testDeps(database);
    const staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const answer = await occupationEquivalents(deps)(staff, { escoId: civilEngineer, locale: 'en' });
    expect(answer).toMatchObject({ label: 'Civil engineer', iscoCode: '2142' });
    const codes = answer.equivalents.map((e) => `${e.scheme}:${e.code}:${e.relation}`);
    expect(codes).toContain('onet:17-2051.00:exactMatch');
    expect(codes).toContain('noc:21300:viaOnet');
    expect(codes).toContain('rome:F1111:exactMatch');
    expect(answer.equivalents.find((e) => e.code === '17-2051.00')?.title).toBe('Civil Engineers');
    expect(answer.attribution).toContain('O*NET');
  });

  it('titles codes in French for a French reader and says which jobs France regulates', async () => {
    const deps = testDeps(database);
    const staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const answer = await occupationEquivalents(deps)(staff, { escoId: generalNurse, locale: 'fr' });
    expect(answer.label).toMatch(/^Infirmi/);
    const rome = answer.equivalents.find((e) => e.scheme === 'rome' && e.code === 'J1506');
    expect(rome).toMatchObject({ relation: 'exactMatch', regulated: true });
    expect(rome?.title).toMatch(/infirmier/i);
    const noc = answer.equivalents.find((e) => e.scheme === 'noc');
    expect(noc?.title).toMatch(/infirmi/i);
  });

  it('refuses an id that is not an ESCO occupation', async () => {
    const deps = testDeps(database);
    const staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    await expect(
      occupationEquivalents(deps)(staff, { escoId: 'not-an-occupation', locale: 'en' }),
    ).rejects.toMatchObject({
      code: 'OCCUPATION_NOT_FOUND',
    });
  });

  it('relates every shipped crosswalk to an ESCO occupation that exists', () => {
    const { graph, titles } = occupationCrosswalks();
    expect(graph.has(civilEngineer)).toBe(true);
    for (const link of graph.equivalents(generalNurse))
      expect(titles.has(`${link.scheme}:${link.code}`)).toBe(true);
  });
});
