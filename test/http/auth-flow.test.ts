import { readFileSync } from 'node:fs';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { demoAdministratorTotpSecret, demoPassword } from '../../src/demo/staff.js';
import { createStaffAccount } from '../../src/modules/accounts/use-cases/create-staff-account.js';
import { sealTotpSecret } from '../../src/modules/accounts/use-cases/totp-secret-storage.js';
import { givenOrganization } from '../support/fixtures.js';
import { createTestApp, followSessionCookie, loginThroughApi, type TestApp } from '../support/test-app.js';

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
    const confirmedAt = Math.floor(Date.now() / 1000);
    const pendingCookie = first.cookies.passerelle_session;
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      cookies: first.cookies,
      payload: { code: await generate({ secret, epoch: confirmedAt }) },
    });
    expect(confirm.statusCode).toBe(200);
    // Completing the login rotates the session's token (ASVS 7.2.4): the one from before is dead.
    followSessionCookie(confirm, first.cookies);
    expect(first.cookies.passerelle_session).not.toBe(pendingCookie);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/staff',
          cookies: { passerelle_session: pendingCookie },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/staff', cookies: first.cookies })).statusCode,
    ).toBe(200);

    const next = await loginThroughApi(t.app, 'admin@ml.test', password);
    expect(next.secondFactor).toBe('required');
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', cookies: next.cookies })).statusCode).toBe(
      401,
    );
    // The code that confirmed the app is used (ASVS 6.5.1): the next one, within the drift allowed, opens.
    const replayed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      cookies: next.cookies,
      payload: { code: await generate({ secret, epoch: confirmedAt }) },
    });
    expect(replayed.json().code).toBe('SECOND_FACTOR_CODE_USED');
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      cookies: next.cookies,
      payload: { code: await generate({ secret, epoch: confirmedAt + 30 }) },
    });
    expect(verified.statusCode).toBe(200);
    followSessionCookie(verified, next.cookies);
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

/** What a browser at `address` holds after logging in (a source of its own, for the throttling). */
async function loginFrom(address: string, email: string, secret = password) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: address,
    payload: { email, password: secret },
  });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookies = {
    passerelle_session: response.cookies.find((c) => c.name === 'passerelle_session')!.value,
  };
  const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies });
  return { cookies, csrfToken: session.statusCode === 200 ? (session.json().csrfToken as string) : '' };
}

function tokenOf(mail: { text: string }): string {
  return new URL(/(http\S+)/.exec(mail.text)![1]!).searchParams.get('token')!;
}

describe('the development outbox', () => {
  it('answers only a logged-in staff member, with their own mail and their organization’s', async () => {
    const create = createStaffAccount(t.deps);
    await create(systemContext(), {
      email: 'outbox.reader@ml.test',
      displayName: 'Reader',
      role: 'counselor',
      organizationId: orgA.id,
      password,
    });
    await create(systemContext(), {
      email: 'outbox.funder@ml.test',
      displayName: 'Funder',
      role: 'funder',
      organizationId: orgA.id,
      password,
    });
    // Mail of both organizations, and a reset link of another account of the same organization.
    await t.mailer.send({
      to: 'person.a@example.test',
      subject: 'Appointment A',
      text: 'a',
      organizationId: orgA.id,
    });
    await t.mailer.send({
      to: 'person.b@example.test',
      subject: 'Appointment B',
      text: 'b',
      organizationId: orgB.id,
    });
    for (const email of ['outbox.reader@ml.test', 'outbox.funder@ml.test', 'admin@ml.test']) {
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/password-reset',
        remoteAddress: '192.0.2.50',
        payload: { email },
      });
    }

    const anonymous = await t.app.inject({ method: 'GET', url: '/api/dev/outbox' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');
    expect(anonymous.body).not.toContain('token=');

    const reader = await loginFrom('192.0.2.51', 'outbox.reader@ml.test');
    const seen = await t.app.inject({ method: 'GET', url: '/api/dev/outbox', cookies: reader.cookies });
    expect(seen.statusCode).toBe(200);
    const items = seen.json().items as { to: string; subject: string }[];
    expect(items.map((m) => m.to)).toContain('outbox.reader@ml.test');
    expect(items.map((m) => m.subject)).toContain('Appointment A');
    expect(items.map((m) => m.subject)).not.toContain('Appointment B');
    expect(items.map((m) => m.to)).not.toContain('outbox.funder@ml.test');
    expect(items.map((m) => m.to)).not.toContain('admin@ml.test');

    // A funder works with figures only: their own mail, nothing of the organization's people.
    const funder = await loginFrom('192.0.2.52', 'outbox.funder@ml.test');
    const funderItems = (
      await t.app.inject({ method: 'GET', url: '/api/dev/outbox', cookies: funder.cookies })
    ).json().items as { to: string }[];
    expect(funderItems.length).toBeGreaterThan(0);
    expect(funderItems.every((m) => m.to === 'outbox.funder@ml.test')).toBe(true);

    const audited = await t.database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'outbox.read')
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });
});

describe('reset links and password changes', () => {
  const email = 'rotating@ml.test';
  beforeAll(async () => {
    await createStaffAccount(t.deps)(systemContext(), {
      email,
      displayName: 'Rotating',
      role: 'counselor',
      organizationId: orgA.id,
      password,
    });
  });
  const ask = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      remoteAddress: '192.0.2.60',
      payload: { email },
    });
  const confirm = (token: string, newPassword: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      remoteAddress: '192.0.2.60',
      payload: { token, password: newPassword },
    });

  it('ends the earlier links when a new one is asked, and every other one when one is used', async () => {
    await ask();
    await ask();
    const [newer, older] = t.mailer.to(email).map(tokenOf);
    expect(newer).not.toBe(older);
    // The older link died when the newer was sent, before and after the newer is used.
    expect((await confirm(older!, 'older link password')).json().code).toBe('RESET_TOKEN_INVALID');
    expect((await confirm(newer!, 'newer link password')).statusCode).toBe(200);
    expect((await confirm(older!, 'older link password')).json().code).toBe('RESET_TOKEN_INVALID');
    await expect(loginFrom('192.0.2.61', email, 'newer link password')).resolves.toBeDefined();
  });

  it('refuses common and breached passwords with a clear message, in French too', async () => {
    await ask();
    const token = tokenOf(t.mailer.to(email)[0]!);
    const breached = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      remoteAddress: '192.0.2.60',
      headers: { 'accept-language': 'fr' },
      payload: { token, password: 'Password123456!' },
    });
    expect(breached.statusCode).toBe(400);
    expect(breached.json()).toMatchObject({ code: 'PASSWORD_BREACHED' });
    expect(breached.json().message).toMatch(/fuites de données/);
    expect((await confirm(token, 'rotating@ml.test')).json().code).toBe('PASSWORD_BREACHED');
    expect((await confirm(token, 'short')).json().code).toBe('PASSWORD_TOO_WEAK');
    // Refusals consumed nothing: the link still works, for a passphrase with spaces and accents.
    expect((await confirm(token, 'le vélo bleu de Mériem')).statusCode).toBe(200);
  });

  it('changes a password with the current one and ends the other sessions, not this one', async () => {
    const here = await loginFrom('192.0.2.62', email, 'le vélo bleu de Mériem');
    const elsewhere = await loginFrom('192.0.2.63', email, 'le vélo bleu de Mériem');
    const change = (body: { currentPassword: string; newPassword: string }) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/password',
        cookies: here.cookies,
        headers: { 'x-csrf-token': here.csrfToken },
        payload: body,
      });
    const wrong = await change({
      currentPassword: 'not my password',
      newPassword: 'a fresh passphrase here',
    });
    expect(wrong.json().code).toBe('CURRENT_PASSWORD_WRONG');
    const weak = await change({ currentPassword: 'le vélo bleu de Mériem', newPassword: 'qwertyuiop123' });
    expect(weak.json().code).toBe('PASSWORD_BREACHED');
    // Still logged in everywhere after the refusals.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: elsewhere.cookies }))
        .statusCode,
    ).toBe(200);
    const changed = await change({
      currentPassword: 'le vélo bleu de Mériem',
      newPassword: 'a fresh passphrase here',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().endedSessions).toBeGreaterThanOrEqual(1);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: here.cookies })).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: elsewhere.cookies }))
        .statusCode,
    ).toBe(401);
  });

  it('ends the sessions and the links not used yet when the password is reset', async () => {
    const open = await loginFrom('192.0.2.64', email, 'a fresh passphrase here');
    await ask();
    await ask();
    const [newer] = t.mailer.to(email).map(tokenOf);
    expect((await confirm(newer!, 'one more new passphrase')).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: open.cookies })).statusCode,
    ).toBe(401);
  });
});

describe('second factor of the demo administrators', () => {
  it('logs in as the demo administrator with a code computed from the secret the README shows', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const secret = /add the secret \*\*`([^`]+)`\*\*/.exec(readme)?.[1];
    expect(secret).toBe(demoAdministratorTotpSecret);
    // Created as the demo loader creates its administrators.
    await createStaffAccount(t.deps)(systemContext(), {
      email: 'admin@demo.test',
      displayName: 'Demo administrator',
      role: 'administrator',
      organizationId: orgA.id,
      password: demoPassword,
      totpSecret: demoAdministratorTotpSecret,
    });
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.70',
      payload: { email: 'admin@demo.test', password: demoPassword },
    });
    expect(first.json()).toEqual({ secondFactor: 'required' });
    const cookies = { passerelle_session: first.cookies.find((c) => c.name === 'passerelle_session')!.value };
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      cookies,
      payload: { code: await generate({ secret: secret! }) },
    });
    expect(verified.statusCode).toBe(200);
    followSessionCookie(verified, cookies);
    expect((await t.app.inject({ method: 'GET', url: '/api/staff', cookies })).statusCode).toBe(200);
  });

  it('never answers 500, whatever secret is stored and whatever code is typed', async () => {
    const created = await createStaffAccount(t.deps)(systemContext(), {
      email: 'admin.stored@demo.test',
      displayName: 'Stored secret',
      role: 'administrator',
      organizationId: orgA.id,
      password,
      totpSecret: demoAdministratorTotpSecret,
    });
    const formerDemoSecret = 'PASSERELLEDEMOADMINSECRETKEY';
    const stored = [
      {
        value: sealTotpSecret(t.deps, created.userId, formerDemoSecret),
        code: await generate({ secret: demoAdministratorTotpSecret }),
      },
      { value: sealTotpSecret(t.deps, created.userId, 'AB'), code: '123456' },
      { value: sealTotpSecret(t.deps, created.userId, '!!not base32!!'), code: '123456' },
      { value: formerDemoSecret, code: '123456' },
    ];
    for (const [index, { value, code }] of stored.entries()) {
      await t.database.db
        .updateTable('users')
        .set({ totp_secret: value })
        .where('id', '=', created.userId)
        .execute();
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `192.0.2.${80 + index}`,
        payload: { email: 'admin.stored@demo.test', password },
      });
      const cookies = {
        passerelle_session: login.cookies.find((c) => c.name === 'passerelle_session')!.value,
      };
      for (const typed of [code, '000000', '12345', 'abcdef', '']) {
        const answer = await t.app.inject({
          method: 'POST',
          url: '/api/auth/second-factor',
          remoteAddress: `192.0.2.${100 + index}`,
          cookies,
          payload: { code: typed },
        });
        expect(answer.statusCode, `${index} ${typed}`).toBeGreaterThanOrEqual(400);
        expect(answer.statusCode, `${index} ${typed}`).toBeLessThan(500);
      }
    }
    // The former demo secret still works with the codes an authenticator app computes from it.
    await t.database.db
      .updateTable('users')
      .set({ totp_secret: sealTotpSecret(t.deps, created.userId, formerDemoSecret) })
      .where('id', '=', created.userId)
      .execute();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '192.0.2.90',
      payload: { email: 'admin.stored@demo.test', password },
    });
    const cookies = { passerelle_session: login.cookies.find((c) => c.name === 'passerelle_session')!.value };
    const { totpSecretKey } = await import('../../src/modules/accounts/domain/totp.js');
    const appCode = await generate({ secret: totpSecretKey(formerDemoSecret)! });
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      remoteAddress: '192.0.2.90',
      cookies,
      payload: { code: appCode },
    });
    expect(verified.statusCode).toBe(200);
  });
});

describe('login throttling over HTTP', () => {
  it('answers a known and an unknown e-mail alike, then lets the owner in from another address', async () => {
    await createStaffAccount(t.deps)(systemContext(), {
      email: 'throttled@ml.test',
      displayName: 'Throttled',
      role: 'counselor',
      organizationId: orgA.id,
      password,
    });
    const run = async (email: string, address: string) => {
      const answers: string[] = [];
      for (let attempt = 0; attempt < 7; attempt++) {
        const response = await t.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          headers: { 'accept-language': 'fr' },
          payload: { email, password: attempt === 6 ? password : 'not the password' },
        });
        answers.push(`${response.statusCode} ${response.body}`);
      }
      return answers;
    };
    const known = await run('throttled@ml.test', '198.51.100.1');
    const unknown = await run('nobody.at.all@ml.test', '198.51.100.2');
    expect(known).toEqual(unknown);
    expect(known[0]).toBe(
      '401 {"code":"INVALID_CREDENTIALS","message":"Adresse e-mail ou mot de passe incorrect."}',
    );
    expect(known[5]).toMatch(/^429 .*"code":"LOGIN_THROTTLED".*Patientez 1 min/);
    expect(known[6]).toBe(known[5]);
    await expect(loginFrom('198.51.100.3', 'throttled@ml.test')).resolves.toBeDefined();
  });
});
