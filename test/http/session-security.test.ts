import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { fixedClock } from '../../src/core/clock.js';
import { createStaffAccount } from '../../src/modules/accounts/use-cases/create-staff-account.js';
import { buildServer } from '../../src/server/build-server.js';
import { givenOrganization } from '../support/fixtures.js';
import {
  createTestApp,
  followSessionCookie,
  loginThroughApi,
  type TestApp,
  testDeps,
} from '../support/test-app.js';

let t: TestApp;
const clock = fixedClock('2026-03-02T09:00:00Z');
const password = 'a long enough password';
const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';

beforeAll(async () => {
  t = await createTestApp({ clock });
  const organization = await givenOrganization(t.database.db);
  for (const email of ['sam@ml.test', 'eve@ml.test']) {
    await createStaffAccount(t.deps)(systemContext(), {
      email,
      displayName: email,
      role: 'counselor',
      organizationId: organization.id,
      password,
    });
  }
});
afterAll(() => t.close());

describe('the session cookie', () => {
  it('is __Host- prefixed, Secure, Path=/ and without Domain in production', async () => {
    const app = await buildServer({
      deps: testDeps(t.database, clock),
      config: {
        LOG_LEVEL: 'silent',
        SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
        NODE_ENV: 'production',
      },
    });
    try {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'sam@ml.test', password },
      });
      expect(response.statusCode).toBe(200);
      const header = String(response.headers['set-cookie']);
      expect(header).toMatch(/^__Host-passerelle_session=[\w-]+;/);
      const attributes = header.split(';').map((part) => part.trim().split('=')[0]!.toLowerCase());
      expect(attributes).toEqual(
        expect.arrayContaining(['secure', 'httponly', 'path', 'samesite', 'max-age']),
      );
      expect(attributes).not.toContain('domain');
      expect(header).toContain('Path=/;');
      expect(header).toContain(`Max-Age=${12 * 3600}`);
      const token = response.cookies[0]!.value;
      const withPrefix = await app.inject({
        method: 'GET',
        url: '/api/auth/session',
        cookies: { '__Host-passerelle_session': token },
      });
      expect(withPrefix.statusCode).toBe(200);
      // A cookie without the prefix (which a sibling subdomain could have set) opens nothing.
      const withoutPrefix = await app.inject({
        method: 'GET',
        url: '/api/auth/session',
        cookies: { passerelle_session: token },
      });
      expect(withoutPrefix.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('keeps its name, without Secure, over http in development and tests', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'sam@ml.test', password },
    });
    const header = String(response.headers['set-cookie']);
    expect(header).toMatch(/^passerelle_session=/);
    expect(header.toLowerCase()).not.toContain('secure');
  });
});

describe("the account's sessions over HTTP", () => {
  it('lists them, ends another account’s as not found, ends the others with the CSRF token only', async () => {
    const laptop = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'user-agent': firefox },
      payload: { email: 'sam@ml.test', password },
    });
    const laptopCookies = { passerelle_session: laptop.cookies[0]!.value };
    const phone = await loginThroughApi(t.app, 'sam@ml.test', password);
    const eve = await loginThroughApi(t.app, 'eve@ml.test', password);
    const eveSessions = await t.app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      cookies: eve.cookies,
    });
    const eveSessionId = eveSessions.json().items[0].id as string;

    const list = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', cookies: phone.cookies });
    expect(list.statusCode).toBe(200);
    const items = list.json().items as { id: string; current: boolean; device: { browser: string | null } }[];
    expect(items[0]!.current).toBe(true);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items.some((s) => s.device.browser === 'Firefox')).toBe(true);
    expect(JSON.stringify(list.json())).not.toContain(firefox);

    const notMine = await t.app.inject({
      method: 'DELETE',
      url: `/api/auth/sessions/${eveSessionId}`,
      cookies: phone.cookies,
      headers: { 'x-csrf-token': phone.csrfToken },
    });
    expect(notMine.statusCode).toBe(404);
    expect(notMine.json().code).toBe('ACCOUNT_SESSION_NOT_FOUND');

    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sessions/end-others',
      cookies: phone.cookies,
    });
    expect(forged.statusCode).toBe(403);
    const ended = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sessions/end-others',
      cookies: phone.cookies,
      headers: { 'x-csrf-token': phone.csrfToken },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json().ended).toBeGreaterThanOrEqual(1);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: laptopCookies })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: phone.cookies })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: eve.cookies })).statusCode,
    ).toBe(200);
  });
});

describe('re-authentication over HTTP', () => {
  it('answers 403 REAUTHENTICATION_REQUIRED in the account’s language, and a wrong password keeps the session', async () => {
    clock.set('2026-03-02T10:00:00Z');
    const sam = await loginThroughApi(t.app, 'sam@ml.test', password);
    const headers = { 'x-csrf-token': sam.csrfToken };
    clock.advance(11 * 60_000);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/change',
      cookies: sam.cookies,
      headers,
    });
    expect(refused.statusCode).toBe(403);
    // Accounts are created in French unless told otherwise.
    expect(refused.json()).toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
      message: 'Pour cette action, confirmez votre identité : saisissez de nouveau votre mot de passe.',
      details: { method: 'password', secondFactor: false },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/locale',
      cookies: sam.cookies,
      headers,
      payload: { locale: 'en' },
    });
    const inEnglish = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/change',
      cookies: sam.cookies,
      headers,
    });
    expect(inEnglish.json().message).toBe('For this action, confirm it is you: enter your password again.');

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reauthenticate',
      cookies: sam.cookies,
      headers,
      payload: { password: 'not it' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('REAUTHENTICATION_FAILED');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: sam.cookies })).statusCode,
    ).toBe(200);

    const proven = await t.app.inject({
      method: 'POST',
      url: '/api/auth/reauthenticate',
      cookies: sam.cookies,
      headers,
      payload: { password },
    });
    expect(proven.statusCode).toBe(200);
    // A new token for the same session (ASVS 7.2.4): the one sent before the proof is dead.
    const before = sam.cookies.passerelle_session;
    followSessionCookie(proven, sam.cookies);
    expect(sam.cookies.passerelle_session).not.toBe(before);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/auth/session',
          cookies: { passerelle_session: before },
        })
      ).statusCode,
    ).toBe(401);
    const retried = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/change',
      cookies: sam.cookies,
      headers,
    });
    expect(retried.statusCode).toBe(200);
    expect(retried.json().otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  });
});

describe('the request quota of a logged-in session (ASVS 2.4.1)', () => {
  it('tells a session that makes too many requests in a minute to wait, without slowing another session', async () => {
    const app = await buildServer({
      deps: testDeps(t.database, clock),
      config: {
        LOG_LEVEL: 'silent',
        SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
        NODE_ENV: 'test',
        SESSION_REQUESTS_PER_MINUTE: 10,
      },
    });
    try {
      const sam = await loginThroughApi(app, 'sam@ml.test', password, '203.0.113.40');
      const eve = await loginThroughApi(app, 'eve@ml.test', password, '203.0.113.40');
      const statuses: number[] = [];
      // loginThroughApi already asked for the session once.
      for (let i = 0; i < 10; i++) {
        statuses.push(
          (await app.inject({ method: 'GET', url: '/api/auth/session', cookies: sam.cookies })).statusCode,
        );
      }
      expect(statuses).toEqual([...Array(9).fill(200), 429]);
      const refused = await app.inject({
        method: 'GET',
        url: '/api/people',
        cookies: sam.cookies,
        headers: { 'accept-language': 'en' },
      });
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toMatchObject({ code: 'SESSION_REQUEST_QUOTA_EXCEEDED' });
      expect(refused.json().message).toMatch(
        /^Too many requests from this session in a minute\. Wait \d+ seconds/,
      );
      // Another person's session from the same office address is not slowed.
      expect(
        (await app.inject({ method: 'GET', url: '/api/auth/session', cookies: eve.cookies })).statusCode,
      ).toBe(200);
      // Public routes have their own limits and are not counted against anyone's quota.
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
