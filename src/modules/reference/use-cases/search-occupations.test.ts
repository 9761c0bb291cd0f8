import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { languageScales } from './language-scales.js';
import { searchOccupations } from './search-occupations.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('reference data', () => {
  it('finds ESCO occupations in the counselor’s or the person’s language, tolerant of accents and typos', async () => {
    const deps = testDeps(database);
    const staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const nurseFr = await searchOccupations(deps)(staff, { q: 'infirmiere', lang: 'fr' });
    expect(nurseFr.items.map((i) => i.label).join(' | ')).toMatch(/infirmier/);
    expect(nurseFr.attribution).toContain('ESCO');
    const engineer = await searchOccupations(deps)(staff, { q: 'civil enginer', lang: 'en' });
    expect(engineer.items[0]?.label).toBe('civil engineer');
    expect(engineer.items[0]?.isco08Code).toBe('2142');
    const arabic = await searchOccupations(deps)(staff, { q: 'ممرض', lang: 'ar' });
    expect(arabic.items.length).toBeGreaterThan(0);
    const ukrainian = await searchOccupations(deps)(staff, { q: 'бухгалтер', lang: 'uk' });
    expect(ukrainian.items.length).toBeGreaterThan(0);
  });

  it('serves the language scales and the tests that certify them', async () => {
    const deps = testDeps(database);
    const staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
    const scales = await languageScales(deps)(staff, {});
    expect(scales.cefr.map((c) => c.level)).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(scales.clb).toHaveLength(12);
    expect(scales.tests).toContain('TEF Canada');
  });
});
