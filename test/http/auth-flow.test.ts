import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { createStaffAccount } from '../../src/modules/accounts/use-cases/create-staff-account.js';
import { givenOrganization } from '../support/fixtures.js';
import { createTestApp, loginThroughApi, type TestApp } from '../support/test-app.js';

let t: TestApp;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
const password = 'a long enough password';

beforeAll(async () => {
  t = await createTestApp();
  orgA = await givenOrganization(t.database.db, { name: 'Mission Locale de Toulouse' });
  orgB = await givenOrganization(t.database.db, { name: 'Mission Locale de Nîmes' });
  const create = createStaffAccount(t.deps);
  await create(systemContext(), {
    email: 'c@ml.test',
    displayName: 'Claire',
    role: 'counselor',
    organizationId: orgA.id,
    password,
  });
  await create(systemContext(), {
    email: 'c@ml.test',
    displayName: 'Claire',
    role: 'director',
    organizationId: orgB.id,
  });
  await create(systemContext(), {
    email: 'admin@ml.test',
    displayName: 'Ada',
    role: 'administrator',
    organizationId: orgA.id,
    password,
  });
});
afterAll(() => t.close());

describe('sessions over HTTP', () => {
  it('sets an HttpOnly SameSite cookie and answers who is logged in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'c@ml.test', password },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: { passerelle_session: cookie!.value },
    });
    // First login: the first organization by name; later logins return to the last one used.
    expect(session.json()).toMatchObject({
      role: 'director',
      organization: { name: 'Mission Locale de Nîmes' },
    });
    expect(session.json().memberships).toHaveLength(2);
  });

  it('answers 401 with a translated message without a session', async () => {
    const fr = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9' },
    });
    expect(fr.statusCode).toBe(401);
    expect(fr.json()).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Votre session a pris fin. Veuillez vous reconnecter.',
    });
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().message).toBe('Your session has ended. Please log in again.');
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const { cookies, csrfToken } = await loginThroughApi(t.app, 'c@ml.test', password);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/auth/locale',
      cookies,
      payload: { locale: 'en' },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('CSRF_TOKEN_INVALID');
    const genuine = await t.app.inject({
      method: 'POST',
      url: '/api/auth/locale',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
      payload: { locale: 'en' },
    });
    expect(genuine.statusCode).toBe(200);
  });

  it('rejects invalid input with field details and changes nothing', async () => {
    const { cookies, csrfToken } = await loginThroughApi(t.app, 'c@ml.test', password);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/organization',
      cookies,
      headers: { 'x-csrf-token': csrfToken },
      payload: { organizationId: 'not-a-uuid' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details[0].path).toContain('organizationId');
  });

  it('switches to another organization of the account, and only to those', async () => {
    const { cookies, csrfToken } = await loginThroughApi(t.app, 'c@ml.test', password);
    const headers = { 'x-csrf-token': csrfToken };
    const switched = await t.app.inject({
      method: 'POST',
      url: '/api/auth/organization',
      cookies,
      headers,
      payload: { organizationId: orgB.id },
    });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ role: 'director', organization: { id: orgB.id } });
    const other = await givenOrganization(t.database.db);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/auth/organization',
      cookies,
      headers,
      payload: { organizationId: other.id },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('ends every session of the account with "log out everywhere"', async () => {
    const first = await loginThroughApi(t.app, 'c@ml.test', password);
    const second = await loginThroughApi(t.app, 'c@ml.test', password);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout-everywhere',
      cookies: first.cookies,
      headers: { 'x-csrf-token': first.csrfToken },
    });
    expect(response.json().ended).toBeGreaterThanOrEqual(2);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: second.cookies });
    expect(after.statusCode).toBe(401);
  });

  it('requires an administrator to set up and then use an authenticator app', async () => {
    const first = await loginThroughApi(t.app, 'admin@ml.test', password);
    expect(first.secondFactor).toBe('setup_required');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/staff', cookies: first.cookies })).statusCode,
    ).toBe(401);
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/setup',
      cookies: first.cookies,
    });
    const { secret } = setup.json() as { secret: string };
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      cookies: first.cookies,
      payload: { code: '000000' },
    });
    expect(wrong.json().code).toBe('SECOND_FACTOR_INVALID');
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      cookies: first.cookies,
      payload: { code: await generate({ secret }) },
    });
    expect(confirm.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/staff', cookies: first.cookies })).statusCode,
    ).toBe(200);

    const next = await loginThroughApi(t.app, 'admin@ml.test', password);
    expect(next.secondFactor).toBe('required');
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', cookies: next.cookies })).statusCode).toBe(
      401,
    );
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      cookies: next.cookies,
      payload: { code: await generate({ secret }) },
    });
    expect(verified.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', cookies: next.cookies })).statusCode).toBe(
      200,
    );
  });

  it('resets a password with a single-use e-mailed token', async () => {
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'c@ml.test', locale: 'en' },
    });
    expect(request.statusCode).toBe(200);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody@ml.test' },
    });
    expect(unknown.statusCode).toBe(200);
    const mail = t.mailer.to('c@ml.test')[0]!;
    const token = new URL(/(http\S+)/.exec(mail.text)![1]!).searchParams.get('token')!;
    const tooShort = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'short' },
    });
    expect(tooShort.json().code).toBe('PASSWORD_TOO_WEAK');
    const newPassword = 'another long password';
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(confirm.statusCode).toBe(200);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: newPassword },
    });
    expect(again.json().code).toBe('RESET_TOKEN_INVALID');
    await expect(loginThroughApi(t.app, 'c@ml.test', newPassword)).resolves.toMatchObject({
      secondFactor: 'none',
    });
  });

  it('declares an access policy on every API route', () => {
    expect(t.app.routesWithoutPolicy).toEqual([]);
    const routes = t.app.printRoutes({ commonPrefix: false });
    expect(routes).toContain('/api/auth/login');
  });

  it('serves an OpenAPI 3.1 document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().openapi).toBe('3.1.0');
    expect(Object.keys(response.json().paths)).toContain('/api/auth/login');
  });
});
