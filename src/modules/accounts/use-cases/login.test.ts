import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { throttlePolicy } from '../domain/login-throttle.js';
import { createStaffAccount } from './create-staff-account.js';
import { login } from './login.js';
import { sessionResolver } from './resolve-session.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-02T09:00:00Z');
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const ctx = { actor: null, requestId: 'r', locale: 'en' as const, ip: '127.0.0.1' };

describe('login', () => {
  it('opens a session that resolves to the staff member, role and organization', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'Amel@Example.test',
      displayName: 'Amel',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    const result = await login(deps)(ctx, { email: 'amel@example.test', password: 'correct horse battery' });
    expect(result.secondFactor).toBe('none');
    const resolved = await sessionResolver(database.db, clock)(result.token);
    expect(resolved?.actor).toMatchObject({
      role: 'counselor',
      organizationId: organization.id,
      displayName: 'Amel',
    });
    expect(await sessionResolver(database.db, clock)('not-a-token')).toBeNull();
  });

  it('refuses a wrong password with the same answer as an unknown account', async () => {
    const deps = testDeps(database, clock);
    await expect(login(deps)(ctx, { email: 'amel@example.test', password: 'wrong' })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(login(deps)(ctx, { email: 'nobody@example.test', password: 'wrong' })).rejects.toMatchObject(
      {
        code: 'INVALID_CREDENTIALS',
      },
    );
  });

  it('throttles a known and an unknown e-mail alike, and never locks the owner out from elsewhere', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'target@example.test',
      displayName: 'Target',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    const attacker = { ...ctx, ip: '203.0.113.7' };
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let attempt = 1; attempt <= throttlePolicy.freeFailures + 1; attempt++) {
        const error = await login(deps)(attacker, { email, password: 'guess number one' }).catch((e) => e);
        seen.push(`${error.status} ${error.code} ${error.message}`);
      }
      // Even the right password waits, from this source, for this e-mail.
      const right = await login(deps)(attacker, { email, password: 'correct horse battery' }).catch((e) => e);
      seen.push(`${right.status} ${right.code} ${right.message}`);
      return seen;
    };
    const known = await answers('target@example.test');
    const unknown = await answers('nobody-here@example.test');
    expect(known).toEqual(unknown);
    expect(known.slice(0, throttlePolicy.freeFailures)).toEqual(
      Array(throttlePolicy.freeFailures).fill(
        expect.stringMatching(/^401 INVALID_CREDENTIALS .*Wrong e-mail or password\./),
      ),
    );
    expect(known.at(-1)).toMatch(/^429 LOGIN_THROTTLED .*Too many failed attempts from this connection\./);
    // The owner, from the office, is not held up.
    await expect(
      login(deps)(
        { ...ctx, ip: '198.51.100.20' },
        { email: 'target@example.test', password: 'correct horse battery' },
      ),
    ).resolves.toMatchObject({ secondFactor: 'none' });
    // The attacker's wait doubles with each further failure, and ends.
    clock.advance(throttlePolicy.firstDelaySeconds * 1000);
    await expect(
      login(deps)(attacker, { email: 'target@example.test', password: 'guess number two' }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    clock.advance(throttlePolicy.firstDelaySeconds * 1000);
    await expect(
      login(deps)(attacker, { email: 'target@example.test', password: 'correct horse battery' }),
    ).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
    clock.advance(throttlePolicy.firstDelaySeconds * 1000);
    await expect(
      login(deps)(attacker, { email: 'target@example.test', password: 'correct horse battery' }),
    ).resolves.toMatchObject({ secondFactor: 'none' });
  });

  it('gives each new source a single try on an e-mail under a distributed attack, the right password still works', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'besieged@example.test',
      displayName: 'Besieged',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    for (let source = 1; source <= throttlePolicy.emailAttackFailures; source++) {
      await expect(
        login(deps)(
          { ...ctx, ip: `10.1.${source}.1` },
          { email: 'besieged@example.test', password: 'wrong guess here' },
        ),
      ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    const fresh = { ...ctx, ip: '10.2.0.1' };
    await expect(
      login(deps)(fresh, { email: 'besieged@example.test', password: 'wrong guess again' }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await expect(
      login(deps)(fresh, { email: 'besieged@example.test', password: 'wrong guess again' }),
    ).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
    await expect(
      login(deps)(
        { ...ctx, ip: '10.3.0.1' },
        { email: 'besieged@example.test', password: 'correct horse battery' },
      ),
    ).resolves.toMatchObject({ secondFactor: 'none' });
  });

  it('makes a source that fails on many e-mails wait, whatever e-mail it tries next', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'sprayed@example.test',
      displayName: 'Sprayed',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    // IPv6 addresses of one /64 network are one source.
    const sprayer = (n: number) => ({ ...ctx, ip: `2001:db8:aa:bb::${n.toString(16)}` });
    for (let n = 1; n <= throttlePolicy.sourceMaxFailures; n++) {
      await expect(
        login(deps)(sprayer(n), { email: `someone${n}@example.test`, password: 'Summer of love' }),
      ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    await expect(
      login(deps)(sprayer(9999), { email: 'sprayed@example.test', password: 'correct horse battery' }),
    ).rejects.toMatchObject({ code: 'LOGIN_THROTTLED' });
    await expect(
      login(deps)(
        { ...ctx, ip: '2001:db8:aa:cc::1' },
        { email: 'sprayed@example.test', password: 'correct horse battery' },
      ),
    ).resolves.toMatchObject({ secondFactor: 'none' });
    clock.advance(throttlePolicy.sourceWindowSeconds * 1000);
    await expect(
      login(deps)(sprayer(1), { email: 'sprayed@example.test', password: 'correct horse battery' }),
    ).resolves.toMatchObject({ secondFactor: 'none' });
  });

  it('asks administrators without a second factor to set one up before the session works', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'admin@example.test',
      displayName: 'Admin',
      role: 'administrator',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    const result = await login(deps)(ctx, { email: 'admin@example.test', password: 'correct horse battery' });
    expect(result.secondFactor).toBe('setup_required');
    expect(await sessionResolver(database.db, clock)(result.token)).toBeNull();
  });

  it('refuses an account without any organization', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'orphan@example.test',
      displayName: 'Orphan',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    await database.db.deleteFrom('memberships').where('organization_id', '=', organization.id).execute();
    await expect(
      login(deps)(ctx, { email: 'orphan@example.test', password: 'correct horse battery' }),
    ).rejects.toMatchObject({ code: 'NO_ORGANIZATION' });
  });
});
