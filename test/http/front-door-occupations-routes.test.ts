import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { setFrontDoorSettings } from '../../src/modules/front-door/use-cases/front-door-settings.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The front door's occupation picker and its paged queue over HTTP: the public suggestions (ESCO,
 * code and label only, at most 10, in the page's language whatever language was typed, limited per
 * address), the code kept with the text and named in the reader's language in the queue and the
 * request, an unknown code refused, the queue cut in pages with its total, and the occupation carried
 * into the file opened from the request.
 */
let t: TestApp;
let coordinator: Awaited<ReturnType<typeof givenSession>>;
let counselor: Awaited<ReturnType<typeof givenSession>>;
let cfiq: string;
const slug = 'emplois-en-regions';
/** ESCO "nurse responsible for general care" (ESCO v1.2.1). */
const nurse = '8d3e8aaa-791b-4c75-a465-f3f827028f50';

const request = (email: string, extra: object = {}) => ({
  language: 'es',
  givenName: 'Lucía',
  familyName: 'Pérez',
  email,
  residence: { country: 'CA', placeCode: '6077243' },
  languages: [{ code: 'es', level: 'native' }],
  regionsSought: ['08'],
  anyRegion: false,
  communityKinds: [],
  communityNeeds: [],
  household: [],
  consent: true,
  ...extra,
});

const ask = (payload: object, address: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/front-doors/${slug}/requests`,
    remoteAddress: address,
    payload,
  });

const suggest = (q: string, lang: string, address = '203.0.113.1') =>
  t.app.inject({
    method: 'GET',
    url: `/api/public/front-doors/${slug}/occupations?q=${encodeURIComponent(q)}&lang=${lang}`,
    remoteAddress: address,
  });

const queue = (query: string, session = coordinator) =>
  t.app.inject({ method: 'GET', url: `/api/front-door/requests?${query}`, cookies: session.cookies });

beforeAll(async () => {
  t = await createTestApp();
  const promis = (await givenOrganization(t.database.db, { name: 'PROMIS', country: 'CA' })).id;
  cfiq = (await givenOrganization(t.database.db, { name: 'CFIQ', country: 'CA' })).id;
  const consortium = await givenConsortium(t.database.db, promis, [promis, cfiq]);
  const programId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: promis,
      consortiumId: consortium.id,
      code: 'EER',
      nameFr: 'Emplois en régions',
      nameEn: 'Jobs in the regions',
      countingUnit: 'household',
      status: 'active',
      rules: [],
    })
  ).id;
  await setFrontDoorSettings(t.deps)(systemContext(), {
    programId,
    body: { slug, open: true, receivingOrganizationIds: [promis, cfiq], rules: [] },
  });
  const staff = await givenStaff(t.database.db, promis, 'coordinator', { locale: 'fr' });
  coordinator = await givenSession(t.database.db, staff.actor.userId, promis);
  const member = await givenStaff(t.database.db, cfiq, 'counselor', { locale: 'en' });
  counselor = await givenSession(t.database.db, member.actor.userId, cfiq);
});
afterAll(() => t.close());

describe("the front door's occupation picker over HTTP", () => {
  it('suggests ESCO occupations without a session: code and label, in the page language', async () => {
    const spanish = await suggest('enfermera', 'es');
    expect(spanish.statusCode, spanish.body).toBe(200);
    const items = spanish.json().items as { code: string; label: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(10);
    expect(items.every((item) => Object.keys(item).sort().join() === 'code,label')).toBe(true);
    expect(items.map((item) => item.code)).toContain(nurse);
    expect(items.find((item) => item.code === nurse)?.label).toMatch(/enfermer/i);
    // Typed in French on the Arabic page: named in Arabic.
    const arabic = await suggest('infirmière', 'ar');
    const named = (arabic.json().items as { code: string; label: string }[]).find((i) => i.code === nurse);
    expect(named?.label).toMatch(/[\u0600-\u06FF]/);
    // A common word gives at most ten.
    expect((await suggest('manager', 'en')).json().items.length).toBe(10);
  });

  it('refuses what it should: an unknown or closed door, an empty or oversized text, another language', async () => {
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/public/front-doors/nowhere/occupations?q=nurse&lang=en',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await suggest('', 'en')).statusCode).toBe(400);
    expect((await suggest('x'.repeat(101), 'en')).statusCode).toBe(400);
    expect((await suggest('nurse', 'de')).statusCode).toBe(400);
    // One letter: nothing to suggest yet, no error.
    expect((await suggest('n', 'en')).json().items).toEqual([]);
  });

  it('limits suggestions per address (60 a minute), not for other addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 61; i++) codes.push((await suggest('cook', 'en', '203.0.113.9')).statusCode);
    expect(codes.slice(0, 60).every((c) => c === 200)).toBe(true);
    expect(codes[60]).toBe(429);
    expect((await suggest('cook', 'en', '203.0.113.10')).statusCode).toBe(200);
  });

  it('keeps the code with the text, names it in the reader language, and refuses an unknown code', async () => {
    const picked = await ask(
      request('lucia@example.test', { occupation: 'enfermera', occupationCode: nurse }),
      '203.0.113.20',
    );
    expect(picked.statusCode, picked.body).toBe(201);
    const typedOnly = await ask(
      request('ana@example.test', { givenName: 'Ana', occupation: 'partera rural' }),
      '203.0.113.20',
    );
    expect(typedOnly.statusCode).toBe(201);
    const wrong = await ask(
      request('rosa@example.test', {
        givenName: 'Rosa',
        occupation: 'x',
        occupationCode: '00000000-0000-0000-0000-000000000000',
      }),
      '203.0.113.20',
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('FRONT_DOOR_OCCUPATION_NOT_FOUND');

    const listed = await queue('state=all');
    expect(listed.statusCode, listed.body).toBe(200);
    const lucia = listed.json().items.find((r: { givenName: string }) => r.givenName === 'Lucía');
    expect(lucia).toMatchObject({ occupation: 'enfermera', occupationCode: nurse });
    expect(lucia.occupationLabel).toMatch(/infirmi/i);
    const typed = listed.json().items.find((r: { occupation: string }) => r.occupation === 'partera rural');
    expect(typed).toMatchObject({ occupationCode: null, occupationLabel: null });

    const read = await t.app.inject({
      method: 'GET',
      url: `/api/front-door/requests/${lucia.id}`,
      cookies: coordinator.cookies,
    });
    expect(read.json()).toMatchObject({ occupation: 'enfermera', occupationCode: nurse });
    expect(read.json().occupationLabel).toMatch(/infirmi/i);
  });

  it('carries the occupation into the file opened from the request', async () => {
    const lucia = (await queue('state=all'))
      .json()
      .items.find((r: { givenName: string }) => r.givenName === 'Lucía');
    const assigned = await t.app.inject({
      method: 'POST',
      url: `/api/front-door/requests/${lucia.id}/assignment`,
      cookies: coordinator.cookies,
      headers: coordinator.headers,
      payload: { organizationId: cfiq },
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const converted = await t.app.inject({
      method: 'POST',
      url: `/api/front-door/requests/${lucia.id}/conversion`,
      cookies: counselor.cookies,
      headers: counselor.headers,
    });
    expect(converted.statusCode, converted.body).toBe(201);
    const experience = await t.database.db
      .selectFrom('person_experience')
      .select(['occupation_label', 'esco_id'])
      .where('person_id', '=', converted.json().personId)
      .execute();
    expect(experience).toEqual([{ occupation_label: 'enfermera', esco_id: nurse }]);
  });

  it('pages the queue with its total, the filters kept', async () => {
    for (let i = 0; i < 5; i++)
      expect(
        (await ask(request(`page${i}@example.test`, { givenName: `Page ${i}` }), `203.0.113.${30 + i}`))
          .statusCode,
      ).toBe(201);
    const all = (await queue('state=all&pageSize=200')).json();
    const first = await queue('state=open&page=1&pageSize=2');
    expect(first.statusCode).toBe(200);
    const open = all.items.filter((r: { state: string }) => r.state === 'new' || r.state === 'assigned');
    expect(first.json()).toMatchObject({ page: 1, pageSize: 2, total: open.length, coordinates: true });
    expect(first.json().items.length).toBe(2);
    const pages = [];
    for (let page = 1; page <= Math.ceil(open.length / 2); page++)
      pages.push(...(await queue(`state=open&page=${page}&pageSize=2`)).json().items);
    expect(pages.map((r: { id: string }) => r.id)).toEqual(open.map((r: { id: string }) => r.id));
    const converted = (await queue('state=converted&pageSize=1')).json();
    expect(converted).toMatchObject({ total: 1, items: [{ givenName: 'Lucía' }] });
    expect((await queue('pageSize=201')).statusCode).toBe(400);
    expect((await queue('page=0')).statusCode).toBe(400);
    // The member sees only what is assigned to it, paged alike.
    expect((await queue('state=all', counselor)).json()).toMatchObject({ total: 1, coordinates: false });
  });
});
