import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { setIdentityProvider } from '../../src/modules/accounts/oidc/identity-provider-settings.js';
import { createStaffAccount } from '../../src/modules/accounts/use-cases/create-staff-account.js';
import { givenOrganization } from '../support/fixtures.js';
import { type ProviderUser, startLocalIdentityProvider } from '../support/local-identity-provider.js';
import { createTestApp, followSessionCookie, loginThroughApi, type TestApp } from '../support/test-app.js';

let t: TestApp;
let idp: Awaited<ReturnType<typeof startLocalIdentityProvider>>;
let toulouse: { id: string };
const client = { clientId: 'passerelle-toulouse', clientSecret: 'a client secret of the provider' };
const password = 'a long enough password';

beforeAll(async () => {
  t = await createTestApp();
  idp = await startLocalIdentityProvider(client);
  toulouse = await givenOrganization(t.database.db, { name: 'Mission Locale de Toulouse' });
  const nimes = await givenOrganization(t.database.db, { name: 'Mission Locale de Nîmes' });
  const create = createStaffAccount(t.deps);
  await create(systemContext(), {
    email: 'claire@ml-toulouse.test',
    displayName: 'Claire',
    role: 'counselor',
    organizationId: toulouse.id,
    password,
  });
  await create(systemContext(), {
    email: 'ada@ml-toulouse.test',
    displayName: 'Ada',
    role: 'administrator',
    organizationId: toulouse.id,
    password,
  });
  // Same e-mail domain, but works only in Nîmes.
  await create(systemContext(), {
    email: 'noe@ml-toulouse.test',
    displayName: 'Noé',
    role: 'counselor',
    organizationId: nimes.id,
    password,
  });
  await setIdentityProvider(t.deps)(systemContext(), {
    organizationId: toulouse.id,
    issuer: idp.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    allowedEmailDomains: ['ML-Toulouse.test'],
  });
});
afterAll(async () => {
  await idp.close();
  await t.close();
});

/** The browser's round trip: start, the provider's page, back to the callback with the pending cookie. */
async function signInThroughProvider(
  email: string,
  user: ProviderUser | null,
  next = '/caseload',
  /** Sign-on is rate-limited per address: a test that signs in often comes from its own. */
  remoteAddress = '127.0.0.1',
) {
  idp.signIn(user);
  const start = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sso/start',
    payload: { email, next },
    remoteAddress,
  });
  expect(start.statusCode).toBe(200);
  const pending = start.cookies.find((c) => c.name === 'passerelle_sso')!;
  expect(pending).toMatchObject({ httpOnly: true, path: '/', sameSite: 'Lax' });
  const atProvider = await fetch(start.json().authorizationUrl, { redirect: 'manual' });
  const back = new URL(atProvider.headers.get('location')!);
  expect(`${back.origin}${back.pathname}`).toBe('http://passerelle.test/api/auth/sso/callback');
  const callbackUrl = `${back.pathname}${back.search}`;
  const callback = await t.app.inject({
    method: 'GET',
    url: callbackUrl,
    cookies: { passerelle_sso: pending.value },
    remoteAddress,
  });
  const session = callback.cookies.find((c) => c.name === 'passerelle_session');
  return {
    callback,
    callbackUrl,
    pendingCookie: pending.value,
    location: callback.headers.location as string,
    cookies: session ? { passerelle_session: session.value } : null,
  };
}

const user = (email: string, extra: Partial<ProviderUser> = {}): ProviderUser => ({
  sub: `sub-${email}`,
  email,
  emailVerified: true,
  amr: ['pwd'],
  ...extra,
});

describe('single sign-on with OpenID Connect', () => {
  it('logs a counselor in through the provider (code flow, PKCE S256, state, nonce) and back to the page asked', async () => {
    const result = await signInThroughProvider('claire@ml-toulouse.test', user('claire@ml-toulouse.test'));
    expect(result.callback.statusCode).toBe(303);
    expect(result.location).toBe('/caseload');
    const request = idp.authorizationRequests.at(-1)!;
    expect(request.get('response_type')).toBe('code');
    expect(request.get('code_challenge_method')).toBe('S256');
    expect(request.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(request.get('state')).toBeTruthy();
    expect(request.get('nonce')).toBeTruthy();
    expect(request.get('login_hint')).toBe('claire@ml-toulouse.test');
    expect(request.get('scope')).toContain('openid');

    const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: result.cookies! });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ role: 'counselor', organization: { id: toulouse.id } });
    const sessions = await t.app.inject({
      method: 'GET',
      url: '/api/auth/sessions',
      cookies: result.cookies!,
    });
    expect(sessions.json().items[0]).toMatchObject({ current: true, method: 'single_sign_on' });
  });

  it('leaves the second factor to the provider when it asserts one, and asks Passerelle’s otherwise (administrators)', async () => {
    const withoutMfa = await signInThroughProvider('ada@ml-toulouse.test', user('ada@ml-toulouse.test'));
    expect(withoutMfa.location).toBe(
      `/login?${new URLSearchParams({ sso: 'setup_required', next: '/caseload' })}`,
    );
    // The session waits for the second factor: it opens nothing yet.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: withoutMfa.cookies! }))
        .statusCode,
    ).toBe(401);

    for (const amr of [['pwd', 'mfa'], ['otp'], ['hwk']]) {
      const withMfa = await signInThroughProvider(
        'ada@ml-toulouse.test',
        user('ada@ml-toulouse.test', { amr }),
      );
      expect(withMfa.location, amr.join(',')).toBe('/caseload');
      const session = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        cookies: withMfa.cookies!,
      });
      expect(session.json()).toMatchObject({ role: 'administrator' });
    }
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'session.login')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({
      method: 'single_sign_on',
      secondFactor: 'none',
      providerSecondFactor: true,
    });
  });

  it('accepts the acr the organization configured as the provider’s second factor', async () => {
    await setIdentityProvider(t.deps)(systemContext(), {
      organizationId: toulouse.id,
      issuer: idp.issuer,
      clientId: client.clientId,
      allowedEmailDomains: ['ml-toulouse.test'],
      secondFactorAcr: 'urn:example:loa:mfa',
    });
    const withAcr = await signInThroughProvider(
      'ada@ml-toulouse.test',
      user('ada@ml-toulouse.test', { acr: 'urn:example:loa:mfa' }),
    );
    expect(withAcr.location).toBe('/caseload');
    expect(idp.authorizationRequests.at(-1)!.get('acr_values')).toBe('urn:example:loa:mfa');
    const otherAcr = await signInThroughProvider(
      'ada@ml-toulouse.test',
      user('ada@ml-toulouse.test', { acr: 'urn:loa:1' }),
    );
    expect(otherAcr.location).toContain('/login?sso=setup_required');
  });

  it('creates no account: an unknown, unverified or other organization’s e-mail is refused', async () => {
    const refusals: [string, ProviderUser][] = [
      ['nobody@ml-toulouse.test', user('nobody@ml-toulouse.test')],
      // A subject not yet linked, whose e-mail the provider has not verified.
      ['claire@ml-toulouse.test', user('claire@ml-toulouse.test', { sub: 'sub-new', emailVerified: false })],
      ['noe@ml-toulouse.test', user('noe@ml-toulouse.test')],
      // The provider vouches for an address outside the allowed domains.
      ['claire@ml-toulouse.test', user('claire@elsewhere.test')],
    ];
    for (const [email, vouched] of refusals) {
      const refusal = await signInThroughProvider(email, vouched);
      expect(refusal.location, vouched.email).toBe('/login?ssoError=SINGLE_SIGN_ON_NO_ACCOUNT');
      expect(refusal.cookies).toBeNull();
    }
    const users = await t.database.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).not.toContain('nobody@ml-toulouse.test');
  });

  it('knows a staff member by the provider’s subject once linked, not by an e-mail that may change hands', async () => {
    const first = await signInThroughProvider(
      'claire@ml-toulouse.test',
      user('claire@ml-toulouse.test'),
      '/caseload',
      '127.0.0.9',
    );
    expect(first.cookies).not.toBeNull();
    const links = await t.database.db
      .selectFrom('identity_links')
      .select(['subject', 'user_id'])
      .where('subject', '=', 'sub-claire@ml-toulouse.test')
      .execute();
    expect(links).toHaveLength(1);

    // Her address changed at the provider: the subject still names her.
    const renamed = await signInThroughProvider(
      'claire@ml-toulouse.test',
      user('claire@ml-toulouse.test', { email: 'claire.martin@ml-toulouse.test' }),
      '/caseload',
      '127.0.0.9',
    );
    const session = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      cookies: renamed.cookies!,
    });
    expect(session.json()).toMatchObject({ role: 'counselor', organization: { id: toulouse.id } });
    expect(session.json().user).toMatchObject({ id: links[0]!.user_id, email: 'claire@ml-toulouse.test' });

    // Another subject given her old address at the provider does not get her account.
    const impostor = await signInThroughProvider(
      'claire@ml-toulouse.test',
      user('claire@ml-toulouse.test', { sub: 'sub-someone-else' }),
      '/caseload',
      '127.0.0.9',
    );
    expect(impostor.location).toBe('/login?ssoError=SINGLE_SIGN_ON_NO_ACCOUNT');
    expect(impostor.cookies).toBeNull();
  });

  it('fails a callback without this browser’s pending request, with another state, replayed, or refused by the provider', async () => {
    const genuine = await signInThroughProvider('claire@ml-toulouse.test', user('claire@ml-toulouse.test'));
    expect(genuine.location).toBe('/caseload');
    const replayed = await t.app.inject({
      method: 'GET',
      url: genuine.callbackUrl,
      cookies: { passerelle_sso: genuine.pendingCookie },
    });
    expect(replayed.headers.location).toBe('/login?ssoError=SINGLE_SIGN_ON_FAILED');

    idp.signIn(user('claire@ml-toulouse.test'));
    const start = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sso/start',
      payload: { email: 'claire@ml-toulouse.test' },
    });
    const pending = start.cookies.find((c) => c.name === 'passerelle_sso')!.value;
    const back = new URL(
      (await fetch(start.json().authorizationUrl, { redirect: 'manual' })).headers.get('location')!,
    );
    const otherBrowser = await t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(otherBrowser.headers.location).toBe('/login?ssoError=SINGLE_SIGN_ON_FAILED');
    const forgedState = new URLSearchParams(back.search);
    forgedState.set('state', 'another-state');
    const withForgedState = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}?${forgedState}`,
      cookies: { passerelle_sso: pending },
    });
    expect(withForgedState.headers.location).toBe('/login?ssoError=SINGLE_SIGN_ON_FAILED');
    const tamperedCookie = await t.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      cookies: { passerelle_sso: `x${pending}` },
    });
    expect(tamperedCookie.headers.location).toBe('/login?ssoError=SINGLE_SIGN_ON_FAILED');

    const refusedByProvider = await signInThroughProvider('claire@ml-toulouse.test', null);
    expect(refusedByProvider.location).toBe('/login?ssoError=SINGLE_SIGN_ON_FAILED');
    // An open redirect is never followed: a `next` off this site is dropped.
    const offSite = await signInThroughProvider(
      'claire@ml-toulouse.test',
      user('claire@ml-toulouse.test'),
      '//evil.example/phish',
    );
    expect(offSite.location).toBe('/');
  });

  it('answers not found for a domain without a provider', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sso/start',
      payload: { email: 'someone@unknown-domain.test' },
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('SINGLE_SIGN_ON_UNAVAILABLE');
  });
});

describe("the organization's identity provider over HTTP", () => {
  it('is set by an administrator with a recent second factor, checked against the discovery document, its secret sealed', async () => {
    const ada = await loginThroughApi(t.app, 'ada@ml-toulouse.test', password);
    const setup = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/setup',
      cookies: ada.cookies,
    });
    const confirmed = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor/confirm',
      cookies: ada.cookies,
      payload: { code: await generate({ secret: setup.json().secret }) },
    });
    followSessionCookie(confirmed, ada.cookies);
    const csrf = (
      await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: ada.cookies })
    ).json().csrfToken as string;
    const headers = { 'x-csrf-token': csrf };
    const body = {
      issuer: idp.issuer,
      clientId: client.clientId,
      clientSecret: 'a rotated client secret',
      allowedEmailDomains: ['ml-toulouse.test'],
    };
    const unreachable = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/identity-provider',
      cookies: ada.cookies,
      headers,
      payload: { ...body, issuer: `${idp.issuer}/not-an-issuer` },
    });
    expect(unreachable.statusCode).toBe(400);
    expect(unreachable.json().code).toBe('IDENTITY_PROVIDER_UNREACHABLE');
    const saved = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/identity-provider',
      cookies: ada.cookies,
      headers,
      payload: body,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      issuer: idp.issuer,
      redirectUri: 'http://passerelle.test/api/auth/sso/callback',
    });
    expect(JSON.stringify(saved.json())).not.toContain('rotated');
    const stored = await t.database.db
      .selectFrom('identity_providers')
      .select('client_secret_sealed')
      .where('organization_id', '=', toulouse.id)
      .executeTakeFirstOrThrow();
    expect(stored.client_secret_sealed).toMatch(/^enc1\./);
    expect(stored.client_secret_sealed).not.toContain('rotated');

    const claire = await loginThroughApi(t.app, 'claire@ml-toulouse.test', password);
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/api/auth/identity-provider',
      cookies: claire.cookies,
      headers: { 'x-csrf-token': claire.csrfToken },
      payload: body,
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN');
  });
});
