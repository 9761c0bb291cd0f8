import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { setFrontDoorSettings } from '../../src/modules/front-door/use-cases/front-door-settings.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenConsortium, givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The consortium's front door over HTTP: no session needed to ask, nothing more accepted than the
 * page asks (unknown fields, oversize text, no consent, no contact), robots and floods answered alike
 * and dropped, and the queue only with a session.
 */
let t: TestApp;
let coordinator: Awaited<ReturnType<typeof givenSession>>;
const slug = 'emplois-en-regions';

const family = (email: string) => ({
  language: 'ar',
  givenName: 'Layla',
  familyName: 'Haddad',
  email,
  residence: { country: 'CA', placeCode: '6077243' },
  status: 'refugee',
  languages: [{ code: 'ar', level: 'native' }],
  regionsSought: ['08'],
  anyRegion: false,
  communityKinds: ['small_town'],
  communityNeeds: ['schools'],
  household: [{ relation: 'child', birthYear: 2016 }],
  consent: true,
});

const ask = (payload: object, address = '198.51.100.1') =>
  t.app.inject({
    method: 'POST',
    url: `/api/public/front-doors/${slug}/requests`,
    remoteAddress: address,
    payload,
  });

const count = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('front_door_requests')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  const promis = (await givenOrganization(t.database.db, { name: 'PROMIS', country: 'CA' })).id;
  const cfiq = (await givenOrganization(t.database.db, { name: 'CFIQ', country: 'CA' })).id;
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
    body: {
      slug,
      open: true,
      receivingOrganizationIds: [promis, cfiq],
      rules: [{ label: 'Arabe', conditions: { languagesAmong: ['ar'] }, targetOrganizationId: cfiq }],
    },
  });
  const staff = await givenStaff(t.database.db, promis, 'coordinator');
  coordinator = await givenSession(t.database.db, staff.actor.userId, promis);
});
afterAll(() => t.close());

describe('the front door over HTTP', () => {
  it('shows the page without a session: the program, nothing else', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/public/front-doors/${slug}` });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json()).sort()).toEqual(['consortiumName', 'open', 'programName', 'slug']);
    expect((await t.app.inject({ method: 'GET', url: '/api/public/front-doors/nowhere' })).statusCode).toBe(
      404,
    );
    const places = await t.app.inject({
      method: 'GET',
      url: `/api/public/front-doors/${slug}/places?q=Rimou`,
    });
    expect(places.json().items[0]).toMatchObject({ name: 'Rimouski', regionName: 'Bas-Saint-Laurent' });
  });

  it('receives a request without a session and answers a repeat alike', async () => {
    const first = await ask(family('layla@example.test'));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({ status: 'received' });
    const again = await ask(family('layla@example.test'), '198.51.100.2');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ status: 'received' });
    expect(await count()).toBe(1);
  });

  it('accepts no more than it should, writing nothing', async () => {
    const refused = [
      await ask({ ...family('a@example.test'), consent: false }, '198.51.100.3'),
      await ask({ ...family('b@example.test'), immigrationFileNumber: 'X123' }, '198.51.100.3'),
      await ask({ ...family('c@example.test'), givenName: 'L'.repeat(101) }, '198.51.100.3'),
      await ask({ ...family('d@example.test'), residence: { country: 'CA', extra: 1 } }, '198.51.100.4'),
      await ask({ ...family('e@example.test'), email: undefined }, '198.51.100.4'),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([400, 400, 400, 400, 400]);
    const huge = await t.app.inject({
      method: 'POST',
      url: `/api/public/front-doors/${slug}/requests`,
      remoteAddress: '198.51.100.5',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...family('f@example.test'), message: 'x'.repeat(1_100_000) }),
    });
    expect(huge.statusCode).toBe(413);
    const robot = await ask(
      { ...family('robot@example.test'), website: 'http://spam.example' },
      '198.51.100.5',
    );
    expect(robot.statusCode).toBe(201);
    expect(await count()).toBe(1);
  });

  it('limits requests per address (5 a minute), not for other addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await ask(family(`flood${i}@example.test`), '198.51.100.9')).statusCode);
    expect(codes.slice(0, 5).every((c) => c === 201)).toBe(true);
    expect(codes[5]).toBe(429);
    expect((await ask(family('calm@example.test'), '198.51.100.10')).statusCode).toBe(201);
  });

  it('shows the queue only with a session, without the status in the list', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/front-door/requests' })).statusCode).toBe(401);
    const listed = await t.app.inject({
      method: 'GET',
      url: '/api/front-door/requests',
      cookies: coordinator.cookies,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.length).toBe(7);
    expect(listed.body).not.toContain('refugee');
    expect(listed.json().items[0].proposalReason).toMatchObject({ kind: 'rule', label: 'Arabe' });
  });
});
