import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { maxFailedLogins } from '../domain/login-policy.js';
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

  it('locks the account after repeated failures, even for the right password, then lets it in later', async () => {
    const deps = testDeps(database, clock);
    const organization = await givenOrganization(database.db);
    await createStaffAccount(deps)(systemContext(), {
      email: 'locked@example.test',
      displayName: 'Locked',
      role: 'counselor',
      organizationId: organization.id,
      password: 'correct horse battery',
    });
    for (let attempt = 1; attempt < maxFailedLogins; attempt++) {
      await expect(
        login(deps)(ctx, { email: 'locked@example.test', password: 'nope' }),
      ).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    await expect(login(deps)(ctx, { email: 'locked@example.test', password: 'nope' })).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
    });
    await expect(
      login(deps)(ctx, { email: 'locked@example.test', password: 'correct horse battery' }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    clock.advance(16 * 60_000);
    await expect(
      login(deps)(ctx, { email: 'locked@example.test', password: 'correct horse battery' }),
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
