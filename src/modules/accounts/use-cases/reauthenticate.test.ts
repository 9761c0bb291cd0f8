import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { type RequestContext, systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { accountsApi } from '../api.js';
import { beginSecondFactorChange, confirmSecondFactorChange } from './change-second-factor.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { reauthenticate } from './reauthenticate.js';
import { sessionResolver } from './resolve-session.js';
import { beginTotpSetup, confirmTotpSetup, verifySecondFactor } from './second-factor.js';

let database: TestDatabase;
const password = 'a long enough password';
const clock = fixedClock('2026-03-02T09:00:00Z');
const anonymous = { actor: null, requestId: 'r', locale: 'en' as const, ip: null };
const minutes = (n: number) => n * 60_000;
const epoch = () => Math.floor(clock.now().getTime() / 1000);

beforeAll(async () => {
  database = await createTestDatabase();
  const organization = await givenOrganization(database.db);
  await createStaffAccount(testDeps(database))(systemContext(), {
    email: 'nadia@example.test',
    displayName: 'Nadia',
    role: 'counselor',
    organizationId: organization.id,
    password,
  });
  await createStaffAccount(testDeps(database))(systemContext(), {
    email: 'admin@example.test',
    displayName: 'Ada',
    role: 'administrator',
    organizationId: organization.id,
    password,
  });
});
afterAll(() => database.close());

async function contextOf(token: string): Promise<RequestContext> {
  const resolved = await sessionResolver(database.db, clock)(token);
  if (!resolved) throw new Error('session did not resolve');
  return { actor: resolved.actor, requestId: 'r', locale: 'en', ip: null };
}

const requireRecent = (ctx: RequestContext) =>
  accountsApi(database.db).requireRecentAuthentication(ctx.actor!, clock.now());

describe('re-authentication before sensitive actions', () => {
  it('accepts a login of the last 10 minutes, then asks for the password again', async () => {
    const deps = testDeps(database, clock);
    const { token } = await login(deps)(anonymous, { email: 'nadia@example.test', password });
    const ctx = await contextOf(token);
    clock.advance(minutes(10));
    await expect(requireRecent(ctx)).resolves.toBeUndefined();
    clock.advance(minutes(1));
    await expect(requireRecent(ctx)).rejects.toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
      status: 403,
      details: { method: 'password', secondFactor: false, withinMinutes: 10 },
    });

    await expect(reauthenticate(deps)(ctx, { password: 'not the password' })).rejects.toMatchObject({
      code: 'REAUTHENTICATION_FAILED',
      status: 403,
    });
    await expect(requireRecent(ctx)).rejects.toMatchObject({ code: 'REAUTHENTICATION_REQUIRED' });
    const proof = await reauthenticate(deps)(ctx, { password });
    expect(proof).toMatchObject({ ok: true, validUntil: '2026-03-02T09:21:00.000Z' });
    await expect(requireRecent(ctx)).resolves.toBeUndefined();
    // The proof rotates the session's token (ASVS 7.2.4): the same session, under a new token only.
    expect(await sessionResolver(database.db, clock)(token)).toBeNull();
    expect((await contextOf(proof.token)).actor?.sessionId).toBe(ctx.actor?.sessionId);
  });

  it('holds a proof to its own session: another session of the account is not made recent', async () => {
    const deps = testDeps(database, clock);
    clock.set('2026-03-03T09:00:00Z');
    const first = await contextOf(
      (await login(deps)(anonymous, { email: 'nadia@example.test', password })).token,
    );
    const second = await contextOf(
      (await login(deps)(anonymous, { email: 'nadia@example.test', password })).token,
    );
    clock.advance(minutes(15));
    await reauthenticate(deps)(first, { password });
    await expect(requireRecent(first)).resolves.toBeUndefined();
    await expect(requireRecent(second)).rejects.toMatchObject({ code: 'REAUTHENTICATION_REQUIRED' });
  });

  it('asks the code too when the account has a second factor; changing it needs both, recent', async () => {
    const deps = testDeps(database, clock);
    clock.set('2026-03-04T09:00:00Z');
    // The administrator sets up an authenticator app while logging in.
    const { token } = await login(deps)(anonymous, { email: 'admin@example.test', password });
    const { secret } = await beginTotpSetup(deps)(anonymous, { token });
    const setUp = await confirmTotpSetup(deps)(anonymous, {
      token,
      code: await generate({ secret, epoch: epoch() }),
    });
    const ctx = await contextOf(setUp.token);
    await expect(requireRecent(ctx)).resolves.toBeUndefined();

    clock.advance(minutes(30));
    await expect(beginSecondFactorChange(deps)(ctx, {})).rejects.toMatchObject({
      code: 'REAUTHENTICATION_REQUIRED',
      details: { secondFactor: true },
    });
    // The password alone is not enough for an account with a second factor.
    await expect(reauthenticate(deps)(ctx, { password })).rejects.toMatchObject({
      code: 'REAUTHENTICATION_FAILED',
    });
    await expect(
      reauthenticate(deps)(ctx, { password, code: await generate({ secret, epoch: epoch() + 300 }) }),
    ).rejects.toMatchObject({ code: 'REAUTHENTICATION_FAILED' });
    await reauthenticate(deps)(ctx, { password, code: await generate({ secret, epoch: epoch() }) });

    // Another session of the same account, to be ended by the change (with the next code: each is used once).
    clock.advance(30_000);
    const pendingOther = await login(deps)(anonymous, { email: 'admin@example.test', password });
    const other = await verifySecondFactor(deps)(anonymous, {
      token: pendingOther.token,
      code: await generate({ secret, epoch: epoch() }),
    });

    const replacement = await beginSecondFactorChange(deps)(ctx, {});
    expect(replacement.secret).not.toBe(secret);
    // Until confirmed, the current app still works and the new one does not.
    await expect(
      confirmSecondFactorChange(deps)(ctx, { code: await generate({ secret, epoch: epoch() + 600 }) }),
    ).rejects.toMatchObject({ code: 'REAUTHENTICATION_FAILED' });
    const confirmed = await confirmSecondFactorChange(deps)(ctx, {
      code: await generate({ secret: replacement.secret, epoch: epoch() }),
    });
    expect(confirmed).toEqual({ ok: true, endedSessions: 1 });
    expect(await sessionResolver(database.db, clock)(other.token)).toBeNull();

    // From now on the new app is the second factor, the old one is refused.
    clock.advance(minutes(2));
    const next = await login(deps)(anonymous, { email: 'admin@example.test', password });
    await expect(
      verifySecondFactor(deps)(anonymous, {
        token: next.token,
        code: await generate({ secret, epoch: epoch() }),
      }),
    ).rejects.toMatchObject({ code: 'SECOND_FACTOR_INVALID' });
    await verifySecondFactor(deps)(anonymous, {
      token: next.token,
      code: await generate({ secret: replacement.secret, epoch: epoch() }),
    });
    const audited = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('actor_user_id', '=', ctx.actor!.userId)
      .where('action', 'in', ['session.reauthenticated', 'user.second_factor_replaced'])
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual([
      'session.reauthenticated',
      'user.second_factor_replaced',
    ]);
  });
});
