import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { equivalentsIn, occupationTitles } from '../api.js';
import { occupationEquivalentsIn } from './occupation-equivalents-in.js';

const generalNurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';
const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const codes = (answer: { equivalents: { code: string; relation: string }[] } | null) =>
  (answer?.equivalents ?? []).map((e) => `${e.code}:${e.relation}`);

/** Every n-th (ESCO occupation, code, relation) of the shipped crosswalk file, for one classification. */
function shippedPairs(scheme: string, relation: string, every: number) {
  return gunzipSync(
    readFileSync(new URL('../../../../reference-data/occupations/esco_crosswalks.tsv.gz', import.meta.url)),
  )
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((row) => row[1] === scheme && row[3] === relation)
    .filter((_, index) => index % every === 0)
    .map(([escoId, , code]) => ({ escoId: escoId as string, code: code as string }));
}

describe('equivalentsIn', () => {
  it('translates a general nurse into France, the United States and Canada (hand-checked pairs)', async () => {
    const db = database.db;
    const france = await equivalentsIn(db, { scheme: 'esco', code: generalNurse }, 'FR', 'fr');
    expect(france?.scheme).toBe('rome');
    expect(france?.equivalents[0]).toMatchObject({ code: 'J1506', relation: 'exactMatch', regulated: true });
    expect(france?.equivalents[0]?.title).toMatch(/^Infirmier \/ Infirmière en soins généraux/);
    expect(france?.source).toMatchObject({ regulated: true, iscoCodes: ['2221'] });
    const us = await equivalentsIn(db, { scheme: 'esco', code: generalNurse }, 'US', 'en');
    expect(codes(us)).toContain('29-1141.00:exactMatch');
    expect(us?.equivalents.every((e) => e.regulated === null)).toBe(true);
    const canada = await equivalentsIn(db, { scheme: 'esco', code: generalNurse }, 'CA', 'fr');
    expect(codes(canada)).toContain('31301:viaOnet');
    expect(canada?.equivalents.find((e) => e.code === '31301')?.title).toMatch(/^Infirmiers autorisés/);
  });

  it('goes from a national code to another country’s through ESCO, saying which ESCO occupations it went through', async () => {
    const db = database.db;
    const fromRome = await equivalentsIn(db, { scheme: 'rome', code: 'J1506' }, 'US', 'en');
    expect(codes(fromRome)[0]).toBe('29-1141.00:exactMatch');
    expect(fromRome?.equivalents[0]?.through.map((t) => t.escoId)).toContain(generalNurse);
    const fromOnet = await equivalentsIn(db, { scheme: 'onet', code: '17-2051.00' }, 'FR', 'fr');
    expect(fromOnet?.equivalents.map((e) => e.code)).toContain('F1106');
    const fromNoc = await equivalentsIn(db, { scheme: 'noc', code: '21300' }, 'FR', 'fr');
    expect(fromNoc?.equivalents.length).toBeGreaterThan(0);
    expect(fromNoc?.equivalents.every((e) => e.relation === 'viaOnet')).toBe(true);
    const same = await equivalentsIn(db, { scheme: 'rome', code: 'J1506' }, 'FR', 'fr');
    expect(codes(same)).toEqual(['J1506:same']);
    expect(await equivalentsIn(db, { scheme: 'rome', code: 'Z9999' }, 'FR', 'fr')).toBeNull();
  });

  it('finds the exact matches of the shipped ESCO–ROME and ESCO–O*NET crosswalks (a sample)', async () => {
    const db = database.db;
    const rome = shippedPairs('rome', 'exactMatch', 37);
    const onet = shippedPairs('onet', 'exactMatch', 23);
    const noc = shippedPairs('noc', 'viaOnet', 311);
    expect(rome.length + onet.length + noc.length).toBeGreaterThan(60);
    for (const [pairs, country, relation] of [
      [rome, 'FR', 'exactMatch'],
      [onet, 'US', 'exactMatch'],
      [noc, 'CA', 'viaOnet'],
    ] as const)
      for (const pair of pairs) {
        const answer = await equivalentsIn(db, { scheme: 'esco', code: pair.escoId }, country, 'en');
        expect(codes(answer), `${pair.escoId} ${pair.code}`).toContain(`${pair.code}:${relation}`);
      }
  });

  it('names occupations of every classification in the reader’s language, in the order asked', async () => {
    const titles = await occupationTitles(
      database.db,
      [
        { scheme: 'noc', code: '21300' },
        { scheme: 'esco', code: civilEngineer },
        { scheme: 'onet', code: '17-2051.00' },
        { scheme: 'rome', code: 'F1106' },
        { scheme: 'noc', code: '99999' },
      ],
      'fr',
    );
    expect(titles.map((t) => t.title)).toEqual([
      'Ingénieurs civils/ingénieures civiles',
      'Ingénieur génie civil/ingénieure génie civil',
      'Civil Engineers',
      expect.stringMatching(/^Ingénieur \/ Ingénieure/),
      null,
    ]);
  });
});

describe('occupationEquivalentsIn', () => {
  it('answers in the country of the organization unless another is asked, and refuses a country without a classification', async () => {
    const deps = testDeps(database);
    const inCanada = await givenStaff(
      database.db,
      (await givenOrganization(database.db, { country: 'CA' })).id,
      'counselor',
    );
    const answer = await occupationEquivalentsIn(deps)(inCanada, { scheme: 'esco', code: civilEngineer });
    expect(answer).toMatchObject({ country: 'CA', scheme: 'noc' });
    expect(answer.equivalents.map((e) => e.code)).toContain('21300');
    expect(answer.attribution).toContain('Statistics Canada');
    const asked = await occupationEquivalentsIn(deps)(inCanada, {
      scheme: 'esco',
      code: civilEngineer,
      country: 'FR',
    });
    expect(asked.scheme).toBe('rome');
    const inBelgium = await givenStaff(
      database.db,
      (await givenOrganization(database.db, { country: 'BE' })).id,
      'counselor',
    );
    await expect(
      occupationEquivalentsIn(deps)(inBelgium, { scheme: 'esco', code: civilEngineer }),
    ).rejects.toMatchObject({ code: 'OCCUPATION_COUNTRY_UNSUPPORTED' });
    await expect(
      occupationEquivalentsIn(deps)(inCanada, { scheme: 'onet', code: '00-0000.00' }),
    ).rejects.toMatchObject({ code: 'OCCUPATION_CODE_NOT_FOUND' });
  });
});
