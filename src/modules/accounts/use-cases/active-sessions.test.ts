import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { type RequestContext, systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { endOtherSessions, endSession, listActiveSessions } from './active-sessions.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { sessionResolver } from './resolve-session.js';

let database: TestDatabase;
const password = 'a long enough password';
const clock = fixedClock('2026-03-02T09:00:00Z');
const timeouts = { idleMinutes: 30, absoluteHours: 12 };
const firefoxOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
const safariOnIphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const chromeOnLinux =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

beforeAll(async () => {
  database = await createTestDatabase();
  const organization = await givenOrganization(database.db);
  for (const email of ['lina@example.test', 'other@example.test']) {
    await createStaffAccount(testDeps(database))(systemContext(), {
      email,
      displayName: email,
      role: 'counselor',
      organizationId: organization.id,
      password,
    });
  }
});
afterAll(() => database.close());

async function sessionOn(email: string, userAgent: string): Promise<RequestContext> {
  const deps = testDeps(database, clock);
  const { token } = await login(deps)(
    { actor: null, requestId: 'r', locale: 'en', ip: null },
    {
      email,
      password,
      userAgent,
    },
  );
  const resolved = await sessionResolver(database.db, clock, timeouts)(token);
  return { actor: resolved!.actor, requestId: 'r', locale: 'en', ip: null };
}

describe("the account's active sessions", () => {
  it('lists them with their device, the one in use first and marked; ends one, then all the others', async () => {
    const deps = testDeps(database, clock);
    const laptop = await sessionOn('lina@example.test', firefoxOnWindows);
    clock.advance(60_000);
    const phone = await sessionOn('lina@example.test', safariOnIphone);
    clock.advance(60_000);
    const office = await sessionOn('lina@example.test', chromeOnLinux);
    const someoneElse = await sessionOn('other@example.test', chromeOnLinux);

    const list = await listActiveSessions(deps)(phone, { timeouts });
    expect(list.total).toBe(3);
    expect(list.items.map((s) => [s.current, s.device.browser, s.device.system])).toEqual([
      [true, 'Safari', 'iOS'],
      [false, 'Chrome', 'Linux'],
      [false, 'Firefox', 'Windows'],
    ]);
    expect(list.items[0]).toMatchObject({
      id: phone.actor!.sessionId,
      createdAt: '2026-03-02T09:01:00.000Z',
      method: 'password',
      endsAt: '2026-03-02T09:31:00.000Z',
    });

    // Another account's session is not found, exactly like one that does not exist.
    await expect(endSession(deps)(phone, { sessionId: someoneElse.actor!.sessionId })).rejects.toMatchObject({
      code: 'ACCOUNT_SESSION_NOT_FOUND',
      status: 404,
    });

    expect(await endSession(deps)(phone, { sessionId: laptop.actor!.sessionId })).toEqual({ ended: 1 });
    await expect(endSession(deps)(phone, { sessionId: laptop.actor!.sessionId })).rejects.toMatchObject({
      code: 'ACCOUNT_SESSION_NOT_FOUND',
    });
    expect((await listActiveSessions(deps)(phone, { timeouts })).items.map((s) => s.id)).toEqual([
      phone.actor!.sessionId,
      office.actor!.sessionId,
    ]);

    expect(await endOtherSessions(deps)(phone, {})).toEqual({ ended: 1 });
    expect((await listActiveSessions(deps)(phone, { timeouts })).items.map((s) => s.id)).toEqual([
      phone.actor!.sessionId,
    ]);
    // The other account's session was not touched.
    expect((await listActiveSessions(deps)(someoneElse, { timeouts })).total).toBe(1);

    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('actor_user_id', '=', phone.actor!.userId)
      .where('action', 'like', 'session.ended%')
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['session.ended_by_owner', 'session.ended_others']);
  });

  it('does not list a session past its idle timeout', async () => {
    const deps = testDeps(database, clock);
    clock.set('2026-03-05T09:00:00Z');
    const stale = await sessionOn('other@example.test', firefoxOnWindows);
    clock.advance(31 * 60_000);
    const fresh = await sessionOn('other@example.test', chromeOnLinux);
    const ids = (await listActiveSessions(deps)(fresh, { timeouts })).items.map((s) => s.id);
    expect(ids).toContain(fresh.actor!.sessionId);
    expect(ids).not.toContain(stale.actor!.sessionId);
  });
});
