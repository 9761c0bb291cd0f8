import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { fixedClock } from '../core/clock.js';
import { login } from '../modules/accounts/use-cases/login.js';
import { confirmPasswordReset } from '../modules/accounts/use-cases/password-reset.js';
import { auditCommand, createAdminCommand } from './commands.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('command line', () => {
  it('creates the first administrator and the organization, with a link to choose the password (ASVS 6.4.1)', async () => {
    const clock = fixedClock('2026-05-04T08:00:00Z');
    const deps = testDeps(database, clock);
    const lines: string[] = [];
    const code = await createAdminCommand(deps, (l) => lines.push(l), {
      email: 'ada@example.org',
      name: 'Ada',
      organization: 'Mission Locale de Toulouse',
      kind: 'mission_locale',
      country: 'FR',
    });
    expect(code).toBe(0);
    // No password is printed: nothing someone reading the terminal later could log in with.
    expect(lines.join('\n')).not.toMatch(/password[^\n]*: [A-Za-z0-9_-]{16,}$/im);
    const link = lines.find((l) => l.includes('/reset-password?token='))!;
    const token = decodeURIComponent(link.split('token=')[1]!);
    const anonymous = { actor: null, requestId: 'r', locale: 'en' as const, ip: null };
    // The link lives a day, not the week an e-mailed invitation gets.
    clock.advance(25 * 3_600_000);
    await expect(
      confirmPasswordReset(deps)(anonymous, { token, password: 'a long chosen passphrase 42' }),
    ).rejects.toMatchObject({ status: 400 });
    clock.set('2026-05-04T09:00:00Z');
    await confirmPasswordReset(deps)(anonymous, { token, password: 'a long chosen passphrase 42' });
    const session = await login(deps)(anonymous, {
      email: 'ada@example.org',
      password: 'a long chosen passphrase 42',
    });
    expect(session.secondFactor).toBe('setup_required');
    // The link works once.
    await expect(
      confirmPasswordReset(deps)(anonymous, { token, password: 'another long passphrase 43' }),
    ).rejects.toMatchObject({ status: 400 });
    expect(
      await createAdminCommand(deps, () => {}, {
        email: 'x@example.org',
        name: 'X',
        organization: 'Y',
        kind: 'castle',
        country: 'FR',
      }),
    ).toBe(2);
  });

  it('verifies the audit chain and reports tampering with exit code 1', async () => {
    const deps = testDeps(database);
    const lines: string[] = [];
    expect(await auditCommand(deps, (l) => lines.push(l), 'verify')).toBe(0);
    expect(lines[0]).toMatch(/^Audit chain intact/);
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(database.db);
    await sql`UPDATE audit_events SET action = 'nothing.happened' WHERE chain_index = 1`.execute(database.db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(database.db);
    expect(await auditCommand(deps, (l) => lines.push(l), 'verify')).toBe(1);
    expect(lines.at(-1)).toMatch(/BROKEN at event 1/);
  });
});
