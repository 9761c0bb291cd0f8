import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The front door over HTTP: no session needed, nothing about participants or the meeting link
 * leaves, a sign-up is answered alike whoever asked before, and each address is limited.
 */
let t: TestApp;
let seriesId: string;
let coordinator: Awaited<ReturnType<typeof givenSession>>;

const signup = (email: string, address: string) => ({
  method: 'POST' as const,
  url: `/api/public/info-sessions/${seriesId}/signups`,
  remoteAddress: address,
  payload: { givenName: 'Amina', familyName: 'Haddad', email, preferredLanguage: 'fr', consent: true },
});

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db, { name: 'INICI', country: 'CA' })).id;
  const staff = await givenStaff(t.database.db, organizationId, 'coordinator');
  coordinator = await givenSession(t.database.db, staff.actor.userId, organizationId);
  const type = await createSessionType(t.deps)(staff, {
    code: 'INFO',
    nameFr: 'Info-Emploi',
    nameEn: 'Info-Emploi',
    kind: 'info_session',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 90,
    mode: 'virtual',
  });
  const start = new Date(Date.now() + 7 * 86_400_000).toISOString();
  seriesId = (
    await planSeries(t.deps)(staff, {
      sessionTypeId: type.id,
      title: 'Info-Emploi — Abitibi',
      openness: 'public',
      capacity: 20,
      meetingLink: 'https://visio.example.test/private-room',
      meetings: [{ startsAt: start }],
    })
  ).id;
});
afterAll(() => t.close());

describe('the public front door over HTTP', () => {
  it('lists sessions without a session cookie, with no meeting link and no participant', async () => {
    const first = await t.app.inject(signup('first@example.test', '198.51.100.1'));
    expect(first.statusCode).toBe(201);
    const response = await t.app.inject({ method: 'GET', url: '/api/public/info-sessions' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.items.map((i: { title: string }) => i.title)).toContain('Info-Emploi — Abitibi');
    expect(response.body).not.toContain('private-room');
    expect(response.body).not.toContain('first@example.test');
    expect(response.body).not.toContain('Haddad');
    expect(Object.keys(body.items[0]).sort()).toEqual(
      [
        'id',
        'language',
        'mode',
        'nextMeetings',
        'organizationName',
        'presenter',
        'seatsLeft',
        'title',
        'waitlist',
      ].sort(),
    );
  });

  it('answers the same to a repeated sign-up and refuses a sign-up without the consent box, writing nothing', async () => {
    const again = await t.app.inject(signup('first@example.test', '198.51.100.2'));
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ status: 'received' });
    const withoutConsent = await t.app.inject({
      ...signup('second@example.test', '198.51.100.2'),
      headers: { 'accept-language': 'fr' },
      payload: { givenName: 'A', familyName: 'B', email: 'second@example.test', preferredLanguage: 'fr' },
    });
    expect(withoutConsent.statusCode).toBe(400);
    const rows = await t.database.db.selectFrom('session_signup_requests').select('email').execute();
    expect(rows.map((r) => r.email)).toEqual(['first@example.test']);
  });

  it('limits sign-ups per address (10 a minute), not for other addresses', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 11; i++)
      codes.push((await t.app.inject(signup(`flood${i}@example.test`, '198.51.100.9'))).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[10]).toBe(429);
    expect((await t.app.inject(signup('calm@example.test', '198.51.100.10'))).statusCode).toBe(201);
  });

  it('shows requests to the organizing team only with a session, and accepts through the CSRF-checked route', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/sessions/${seriesId}/signup-requests` });
    expect(anonymous.statusCode).toBe(401);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/sessions/${seriesId}/signup-requests`,
      cookies: coordinator.cookies,
    });
    expect(listed.statusCode).toBe(200);
    const request = listed.json().items.find((i: { email: string }) => i.email === 'first@example.test');
    const withoutCsrf = await t.app.inject({
      method: 'POST',
      url: `/api/session-signup-requests/${request.id}/acceptance`,
      cookies: coordinator.cookies,
    });
    expect(withoutCsrf.statusCode).toBe(403);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/session-signup-requests/${request.id}/acceptance`,
      cookies: coordinator.cookies,
      headers: coordinator.headers,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'enrolled', newPerson: true });
  });
});
