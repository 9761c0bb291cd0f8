import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDeps } from '../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { login } from '../modules/accounts/use-cases/login.js';
import { auditCommand, createAdminCommand } from './commands.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('command line', () => {
  it('creates the first administrator and the organization, with a password printed once', async () => {
    const deps = testDeps(database);
    const lines: string[] = [];
    const code = await createAdminCommand(deps, (l) => lines.push(l), {
      email: 'ada@example.org',
      name: 'Ada',
      organization: 'Mission Locale de Toulouse',
      kind: 'mission_locale',
      country: 'FR',
    });
    expect(code).toBe(0);
    const password = lines.find((l) => l.startsWith('Password'))!.split(': ')[1]!;
    const session = await login(deps)(
      { actor: null, requestId: 'r', locale: 'en', ip: null },
      { email: 'ada@example.org', password },
    );
    expect(session.secondFactor).toBe('setup_required');
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
