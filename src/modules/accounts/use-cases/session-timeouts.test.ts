import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { loadConfig } from '../../../core/config.js';
import { sessionEndsAt } from '../domain/session-timeouts.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { sessionResolver } from './resolve-session.js';

let database: TestDatabase;
const password = 'a long enough password';
const ctx = { actor: null, requestId: 'r', locale: 'en' as const, ip: '127.0.0.1' };
const minutes = (n: number) => n * 60_000;
const timeouts = { idleMinutes: 30, absoluteHours: 12 };

beforeAll(async () => {
  database = await createTestDatabase();
  const organization = await givenOrganization(database.db);
  await createStaffAccount(testDeps(database))(systemContext(), {
    email: 'timeouts@example.test',
    displayName: 'Tim',
    role: 'counselor',
    organizationId: organization.id,
    password,
  });
});
afterAll(() => database.close());

async function loginAt(at: string) {
  const clock = fixedClock(at);
  const { token } = await login(testDeps(database, clock))(ctx, { email: 'timeouts@example.test', password });
  return { clock, token, resolve: () => sessionResolver(database.db, clock, timeouts)(token) };
}

describe('session timeouts', () => {
  it('ends a session left idle longer than the idle timeout', async () => {
    const { clock, resolve } = await loginAt('2026-03-02T09:00:00Z');
    clock.advance(minutes(29));
    expect(await resolve()).not.toBeNull();
    // 30 minutes after the last request (09:29), not after the login.
    clock.advance(minutes(29));
    expect(await resolve()).not.toBeNull();
    clock.advance(minutes(31));
    expect(await resolve()).toBeNull();
  });

  it('ends an active session at the absolute timeout after its login', async () => {
    const { clock, resolve } = await loginAt('2026-03-03T08:00:00Z');
    // A request every 20 minutes keeps it alive until 12 hours after the login…
    for (let elapsed = 20; elapsed < 12 * 60; elapsed += 20) {
      clock.set(new Date(Date.parse('2026-03-03T08:00:00Z') + minutes(elapsed)));
      expect(await resolve(), `after ${elapsed} minutes`).not.toBeNull();
    }
    // …and no longer.
    clock.set('2026-03-03T20:00:00Z');
    expect(await resolve()).toBeNull();
  });

  it('applies the timeouts of now to sessions opened before a change of settings, and ends them for good', async () => {
    const { clock, token } = await loginAt('2026-03-04T08:00:00Z');
    clock.advance(minutes(20));
    expect(await sessionResolver(database.db, clock, timeouts)(token)).not.toBeNull();
    clock.advance(minutes(16));
    expect(
      await sessionResolver(database.db, clock, { idleMinutes: 15, absoluteHours: 12 })(token),
    ).toBeNull();
    // Ended on the spot: longer settings again do not revive it.
    expect(await sessionResolver(database.db, clock, timeouts)(token)).toBeNull();
    const row = await database.db
      .selectFrom('sessions')
      .select('revoked_at')
      .where('created_at', '=', new Date('2026-03-04T08:00:00Z'))
      .executeTakeFirstOrThrow();
    expect(row.revoked_at).toEqual(new Date('2026-03-04T08:36:00Z'));
  });

  it('computes the end as the sooner of the two limits', () => {
    const createdAt = new Date('2026-03-02T08:00:00Z');
    expect(sessionEndsAt({ createdAt, lastSeenAt: new Date('2026-03-02T09:00:00Z') }, timeouts)).toEqual(
      new Date('2026-03-02T09:30:00Z'),
    );
    expect(sessionEndsAt({ createdAt, lastSeenAt: new Date('2026-03-02T19:50:00Z') }, timeouts)).toEqual(
      new Date('2026-03-02T20:00:00Z'),
    );
  });

  it('reads the settings from the environment, 30 minutes and 12 hours unless set', () => {
    expect(loadConfig({})).toMatchObject({ SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 12 });
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_ABSOLUTE_HOURS: '8' })).toMatchObject({
      SESSION_IDLE_MINUTES: 15,
      SESSION_ABSOLUTE_HOURS: 8,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });
});
