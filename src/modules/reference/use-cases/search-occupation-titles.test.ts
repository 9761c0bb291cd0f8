import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import { searchOccupationTitles } from './search-occupation-titles.js';

const generalNurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';
const civilEngineer = 'd7d986e1-7333-431b-9719-0c5c6939e360';

let database: TestDatabase;
let staff: RequestContext;
beforeAll(async () => {
  database = await createTestDatabase();
  staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
});
afterAll(() => database.close());

const search = (input: Parameters<ReturnType<typeof searchOccupationTitles>>[1]) =>
  searchOccupationTitles(testDeps(database))(staff, input);
const refs = (items: { scheme: string; code: string }[]) => items.map((i) => `${i.scheme}:${i.code}`);

/** Every n-th row of a shipped titles file, so that the sample is the same on every run. */
function sampleOfShippedTitles(scheme: string, lang: string, type: string, every: number) {
  return gunzipSync(
    readFileSync(new URL('../../../../reference-data/occupations/titles.tsv.gz', import.meta.url)),
  )
    .toString('utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((row) => row[0] === scheme && row[2] === lang && row[3] === type)
    .filter((_, index) => index % every === 0)
    .map(([, code, , , label]) => ({ code: code as string, label: label as string }));
}

describe('searchOccupationTitles', () => {
  it('finds a nurse in French in ESCO, ROME and NOC, with ROME’s regulation and the ESCO occupations ROME maps to', async () => {
    const answer = await search({ q: 'infirmière', locale: 'fr' });
    const found = refs(answer.items);
    expect(found).toEqual(expect.arrayContaining(['rome:J1506', 'noc:31301']));
    expect(answer.items.some((i) => i.scheme === 'esco')).toBe(true);
    const rome = answer.items.find((i) => i.scheme === 'rome' && i.code === 'J1506');
    expect(rome?.regulated).toBe(true);
    expect(rome?.title).toMatch(/Infirmier \/ Infirmière/);
    expect(rome?.esco.map((e) => e.escoId)).toContain(generalNurse);
    expect(answer.attribution).toContain('France Travail');
  });

  it('is insensitive to case and accents, and tolerates a typo', async () => {
    const plain = refs((await search({ q: 'infirmiere', locale: 'fr' })).items);
    expect(refs((await search({ q: 'INFIRMIÈRE', locale: 'fr' })).items)).toEqual(plain);
    const typo = refs((await search({ q: 'infirmeire', locale: 'fr' })).items);
    expect(typo.filter((ref) => plain.includes(ref)).length).toBeGreaterThan(3);
    const engineer = refs((await search({ q: 'civil enginer', lang: 'en', locale: 'en' })).items);
    expect(engineer.slice(0, 3)).toEqual(expect.arrayContaining([`esco:${civilEngineer}`, 'noc:21300']));
    const electrician = refs((await search({ q: 'electrcien', locale: 'fr' })).items);
    expect(electrician.length).toBeGreaterThan(0);
  });

  it('finds a ROME appellation written masculine / feminine, an O*NET abbreviation and a NOC example title', async () => {
    const rome = await search({ q: 'infirmier / infirmière', scheme: 'rome', locale: 'fr' });
    expect(refs(rome.items)[0]).toMatch(/^rome:J15/);
    const nurse = await search({ q: 'RN', scheme: 'onet', locale: 'en' });
    expect(nurse.items[0]).toMatchObject({ scheme: 'onet', code: '29-1141.00', title: 'Registered Nurses' });
    const telehealth = await search({ q: 'Registered nurse - telehealth', locale: 'en' });
    expect(telehealth.items[0]).toMatchObject({
      scheme: 'noc',
      code: '31301',
      matchedLabel: 'Registered nurse - telehealth',
    });
  });

  it('searches in Spanish, Arabic, Ukrainian and Dutch, and names each hit in the reader’s language', async () => {
    const spanish = await search({ q: 'enfermero responsable', lang: 'es', locale: 'fr' });
    expect(spanish.items.every((i) => i.matchedLang === 'es')).toBe(true);
    expect(spanish.items[0]).toMatchObject({
      code: generalNurse,
      title: 'Infirmier de soins généraux/infirmière de soins généraux',
    });
    const arabic = await search({ q: 'ممرضة مسؤولة', locale: 'en' });
    expect(arabic.items[0]).toMatchObject({
      code: generalNurse,
      title: 'Nurse responsible for general care',
    });
    const accountant = await search({ q: 'бухгалтерка', locale: 'uk' });
    expect(accountant.items[0]).toMatchObject({
      scheme: 'esco',
      code: 'c3aae59e-1441-4b3e-bdd1-6da50dc7cf42',
    });
    const dutch = await search({ q: 'Verpleegkundige algemene zorg', locale: 'nl' });
    expect(dutch.items[0]).toMatchObject({
      code: generalNurse,
      matchedLang: 'nl',
      title: 'Algemeen verpleegkundige',
    });
  });

  it('keeps to one classification or one language when asked', async () => {
    const onlyNoc = await search({ q: 'nurse', scheme: 'noc', locale: 'en' });
    expect(onlyNoc.items.length).toBeGreaterThan(0);
    expect(onlyNoc.items.every((i) => i.scheme === 'noc')).toBe(true);
    const onlyFrench = await search({ q: 'infirmier', lang: 'fr', locale: 'fr', limit: 50 });
    expect(onlyFrench.items.every((i) => i.matchedLang === 'fr')).toBe(true);
  });

  it('finds the code of shipped titles searched as written (a sample of ROME, O*NET and NOC titles)', async () => {
    const samples = [
      ...sampleOfShippedTitles('rome', 'fr', 'alternative_part', 997).map((s) => ({
        ...s,
        scheme: 'rome' as const,
      })),
      ...sampleOfShippedTitles('onet', 'en', 'alternative', 2999).map((s) => ({
        ...s,
        scheme: 'onet' as const,
      })),
      ...sampleOfShippedTitles('noc', 'en', 'alternative', 1999).map((s) => ({
        ...s,
        scheme: 'noc' as const,
      })),
    ];
    expect(samples.length).toBeGreaterThan(40);
    for (const sample of samples) {
      const answer = await search({
        q: sample.label.slice(0, 100),
        scheme: sample.scheme,
        locale: 'en',
        limit: 50,
      });
      expect(refs(answer.items), sample.label).toContain(`${sample.scheme}:${sample.code}`);
    }
  });
});
