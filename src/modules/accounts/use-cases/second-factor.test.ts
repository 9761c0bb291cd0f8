import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { type RequestContext, systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { maxWrongSecondFactorCodes } from './one-time-code.js';
import { reauthenticate } from './reauthenticate.js';
import { sessionResolver } from './resolve-session.js';
import { beginTotpSetup, confirmTotpSetup, verifySecondFactor } from './second-factor.js';

let database: TestDatabase;
let organizationId: string;
const password = 'a long enough password';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const clock = fixedClock('2026-03-02T09:00:05Z');
const anonymous = { actor: null, requestId: 'r', locale: 'en' as const, ip: null };
const codeAt = (seconds: number) =>
  generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + seconds });

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
});
afterAll(() => database.close());

async function administrator(email: string, withSecret = true) {
  const deps = testDeps(database, clock);
  await createStaffAccount(deps)(systemContext(), {
    email,
    displayName: email,
    role: 'administrator',
    organizationId,
    password,
    ...(withSecret ? { totpSecret: secret } : {}),
  });
  return deps;
}

describe('second-factor codes (ASVS 6.5.1)', () => {
  it('are accepted once: the same code, or an earlier one, is refused with SECOND_FACTOR_CODE_USED', async () => {
    const deps = await administrator('once@example.test');
    const code = await codeAt(0);
    const first = await login(deps)(anonymous, { email: 'once@example.test', password });
    const completed = await verifySecondFactor(deps)(anonymous, { token: first.token, code });
    // The proof rotates the token (ASVS 7.2.4): the one seen before it no longer opens anything.
    expect(completed.token).not.toBe(first.token);
    expect(await sessionResolver(database.db, clock)(first.token)).toBeNull();
    expect((await sessionResolver(database.db, clock)(completed.token))?.actor).toBeTruthy();
    // Replayed within its 30 seconds, on another login: refused.
    clock.advance(10_000);
    const second = await login(deps)(anonymous, { email: 'once@example.test', password });
    await expect(verifySecondFactor(deps)(anonymous, { token: second.token, code })).rejects.toMatchObject({
      code: 'SECOND_FACTOR_CODE_USED',
    });
    // The previous period's code is still within the drift allowed, but older: refused too.
    await expect(
      verifySecondFactor(deps)(anonymous, { token: second.token, code: await codeAt(-30) }),
    ).rejects.toMatchObject({ code: 'SECOND_FACTOR_CODE_USED' });
    // The next code works.
    clock.advance(30_000);
    const secondDone = await verifySecondFactor(deps)(anonymous, {
      token: second.token,
      code: await codeAt(0),
    });
    const session = await sessionResolver(database.db, clock)(secondDone.token);
    expect(session?.actor).not.toBeNull();
    // Nor may a code used to log in prove the person again for a sensitive action.
    const ctx: RequestContext = { ...anonymous, actor: session!.actor };
    await expect(reauthenticate(deps)(ctx, { password, code: await codeAt(0) })).rejects.toMatchObject({
      code: 'SECOND_FACTOR_CODE_USED',
    });
    clock.advance(30_000);
    await expect(reauthenticate(deps)(ctx, { password, code: await codeAt(0) })).resolves.toMatchObject({
      ok: true,
    });
  });

  it('of a new authenticator app: the code that confirmed it does not open a session afterwards', async () => {
    clock.advance(60_000);
    const deps = await administrator('setup@example.test', false);
    const pending = await login(deps)(anonymous, { email: 'setup@example.test', password });
    expect(pending.secondFactor).toBe('setup_required');
    const drawn = await beginTotpSetup(deps)(anonymous, { token: pending.token });
    const code = await generate({ secret: drawn.secret, epoch: Math.floor(clock.now().getTime() / 1000) });
    await expect(confirmTotpSetup(deps)(anonymous, { token: pending.token, code })).resolves.toMatchObject({
      ok: true,
    });
    const next = await login(deps)(anonymous, { email: 'setup@example.test', password });
    await expect(verifySecondFactor(deps)(anonymous, { token: next.token, code })).rejects.toMatchObject({
      code: 'SECOND_FACTOR_CODE_USED',
    });
  });

  it('wrong five times end the pending session: the person logs in again with the password, audited', async () => {
    clock.advance(60_000);
    const deps = await administrator('guess@example.test');
    const pending = await login(deps)(anonymous, { email: 'guess@example.test', password });
    const right = await codeAt(0);
    const wrong = right === '000000' ? '111111' : '000000';
    const answers: string[] = [];
    for (let attempt = 1; attempt <= maxWrongSecondFactorCodes; attempt++) {
      const error = await verifySecondFactor(deps)(anonymous, { token: pending.token, code: wrong }).catch(
        (e) => e,
      );
      answers.push(`${error.status} ${error.code}`);
    }
    expect(answers).toEqual([
      ...Array(maxWrongSecondFactorCodes - 1).fill('401 SECOND_FACTOR_INVALID'),
      '401 SECOND_FACTOR_ATTEMPTS_EXCEEDED',
    ]);
    // Even the right code no longer completes this session.
    await expect(
      verifySecondFactor(deps)(anonymous, { token: pending.token, code: right }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'session.second_factor_attempts_exceeded')
      .execute();
    expect(audited).toHaveLength(1);
    expect(audited[0]!.details).toMatchObject({ wrongCodes: maxWrongSecondFactorCodes });
    // A new login with the password gets a fresh count, and the right code.
    const again = await login(deps)(anonymous, { email: 'guess@example.test', password });
    await expect(
      verifySecondFactor(deps)(anonymous, { token: again.token, code: right }),
    ).resolves.toMatchObject({ ok: true });
  });
});
