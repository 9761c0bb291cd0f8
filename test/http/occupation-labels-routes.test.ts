import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * An occupation picked from ESCO is kept by its id and named in the reader's language: a counselor
 * who searched in English picks "civil engineer", and a French-speaking colleague reads "Ingénieure
 * génie civil" (the person is a woman) in the file and on its overview. Occupations typed freely, with
 * no ESCO id (every record from before), read as they were typed.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
let english: Session;
let french: Session;
let personId: string;

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  const anglophone = await givenStaff(t.database.db, organizationId, 'counselor', { locale: 'en' });
  const francophone = await givenStaff(t.database.db, organizationId, 'counselor', { locale: 'fr' });
  english = await givenSession(t.database.db, anglophone.actor.userId, organizationId);
  french = await givenSession(t.database.db, francophone.actor.userId, organizationId);
  const created = await send(english, 'POST', '/api/people', {
    identity: { givenName: 'Olena', familyName: 'Kovalenko', sex: 'female' },
  });
  expect(created.statusCode).toBe(201);
  personId = created.json().id;
});
afterAll(() => t.close());

function send(session: Session, method: 'GET' | 'POST', url: string, payload?: object) {
  return t.app.inject({ method, url, cookies: session.cookies, headers: session.headers, payload });
}
const labels = async (session: Session) =>
  (await send(session, 'GET', `/api/people/${personId}`))
    .json()
    .experience.map((e: { occupationLabel: string }) => e.occupationLabel);

describe('occupations in the reader’s language', () => {
  it('shows an occupation picked in English in French to a French-speaking colleague, in the file and its overview', async () => {
    const found = await send(english, 'GET', '/api/reference/occupations?q=civil%20enginer&lang=en');
    const picked = found.json().items[0];
    expect(picked.label).toBe('civil engineer');
    const added = await send(english, 'POST', `/api/people/${personId}/items`, {
      kind: 'experience',
      data: { occupationLabel: picked.label, escoId: picked.escoId, startYear: 2008, endYear: 2021 },
    });
    expect(added.statusCode).toBe(201);
    const typed = await send(english, 'POST', `/api/people/${personId}/items`, {
      kind: 'experience',
      data: { occupationLabel: 'Chauffeuse-livreuse', startYear: 2022 },
    });
    expect(typed.statusCode).toBe(201);

    // The occupation still held comes first on the overview; the one typed freely reads as typed.
    expect(await labels(french)).toEqual(['Ingénieure génie civil', 'Chauffeuse-livreuse']);
    expect(await labels(english)).toEqual(['Civil engineer', 'Chauffeuse-livreuse']);
    const overview = await send(french, 'GET', `/api/people/${personId}/overview`);
    expect(overview.json().identity.occupations).toEqual(['Chauffeuse-livreuse', 'Ingénieure génie civil']);
    const file = (await send(french, 'GET', `/api/people/${personId}`)).json();
    expect(file.experience[0].escoId).toBe(picked.escoId);
  });

  it('follows the reader when they change the language of their interface', async () => {
    const response = await send(french, 'POST', '/api/auth/locale', { locale: 'en' });
    expect(response.statusCode).toBe(200);
    expect(await labels(french)).toContain('Civil engineer');
    await send(french, 'POST', '/api/auth/locale', { locale: 'fr' });
    expect(await labels(french)).toContain('Ingénieure génie civil');
  });

  it('finds the occupation in French despite typos and missing accents, and keeps an ESCO URI as its id', async () => {
    const found = await send(french, 'GET', '/api/reference/occupations?q=ingenieur%20genie%20civl&lang=fr');
    const picked = found.json().items[0];
    expect(picked.label).toBe('ingénieur génie civil/ingénieure génie civil');
    const other = (
      await send(french, 'POST', '/api/people', {
        identity: { givenName: 'Karim', familyName: 'Haddad', sex: 'male' },
      })
    ).json().id;
    const added = await send(french, 'POST', `/api/people/${other}/items`, {
      kind: 'experience',
      data: {
        occupationLabel: picked.label,
        escoId: `http://data.europa.eu/esco/occupation/${picked.escoId}`,
      },
    });
    expect(added.statusCode).toBe(201);
    const file = (await send(english, 'GET', `/api/people/${other}`)).json();
    expect(file.experience[0]).toMatchObject({ escoId: picked.escoId, occupationLabel: 'Civil engineer' });
    const fileInFrench = (await send(french, 'GET', `/api/people/${other}`)).json();
    expect(fileInFrench.experience[0].occupationLabel).toBe('Ingénieur génie civil');
  });
});

describe('a plan’s target occupation in the reader’s language', () => {
  it('is kept by its ESCO id and named for the reader; a code typed before the picker reads as typed', async () => {
    const created = await send(english, 'POST', `/api/people/${personId}/plans`, {
      language: 'en',
      escoOccupationId: 'd7d986e1-7333-431b-9719-0c5c6939e360',
    });
    expect(created.statusCode).toBe(201);
    const plans = async (session: Session) =>
      (await send(session, 'GET', `/api/people/${personId}/plans`)).json().items[0];
    expect(await plans(french)).toMatchObject({
      escoOccupationId: 'd7d986e1-7333-431b-9719-0c5c6939e360',
      escoOccupationLabel: 'Ingénieure génie civil',
    });
    expect((await plans(english)).escoOccupationLabel).toBe('Civil engineer');
    const typed = await t.app.inject({
      method: 'PATCH',
      url: `/api/plans/${created.json().id}`,
      cookies: french.cookies,
      headers: french.headers,
      payload: { escoOccupationId: '2142.1' },
    });
    expect(typed.statusCode).toBe(200);
    expect(await plans(french)).toMatchObject({ escoOccupationId: '2142.1', escoOccupationLabel: null });
  });
});
