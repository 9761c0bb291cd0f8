import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { uuidv7 } from '../ids.js';
import { auditWriter, sealAuditLog, verifyAuditLog } from './audit-log.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const entry = (action: string) => ({
  actorUserId: uuidv7(),
  organizationId: uuidv7(),
  subjectOrganizationId: uuidv7(),
  action,
  resourceType: 'person',
  resourceId: uuidv7(),
  personId: uuidv7(),
  requestId: 'req-1',
  details: { fields: ['birthDate', 'names'] },
});

describe('audit log', () => {
  it('seals events into a chain that verifies, and detects an edit made behind its back', async () => {
    const { db } = database;
    const writer = auditWriter(db, () => new Date('2026-01-02T03:04:05.678Z'), uuidv7);
    for (let i = 0; i < 5; i++) await writer.record(entry(`person.read.${i}`));
    expect(await sealAuditLog(db)).toBe(5);
    await writer.record(entry('person.update'));
    expect(await sealAuditLog(db)).toBe(1);
    expect(await sealAuditLog(db)).toBe(0);

    const verified = await verifyAuditLog(db);
    expect(verified).toMatchObject({ ok: true, checked: 6, unsealed: 0 });

    // Someone with database access disables the guard and rewrites history.
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
    await sql`UPDATE audit_events SET action = 'person.nothing' WHERE chain_index = 3`.execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
    const broken = await verifyAuditLog(db);
    expect(broken.ok).toBe(false);
    expect(broken.firstBrokenIndex).toBe(3);
  });

  it('refuses updates and deletes of recorded events', async () => {
    const { db } = database;
    await expect(sql`DELETE FROM audit_events`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE audit_events SET action = 'x' WHERE chain_index = 1`.execute(db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('detects a removed event at the end of the chain', async () => {
    const { db } = database;
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
    await sql`UPDATE audit_events SET action = 'person.read.2' WHERE chain_index = 3`.execute(db);
    expect((await verifyAuditLog(db)).ok).toBe(true);
    await sql`DELETE FROM audit_events WHERE chain_index = 6`.execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, reason: 'the end of the chain was removed' });
  });
});
