import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { uuidv7 } from '../ids.js';
import { auditHash, auditWriter, currentHashVersion, sealAuditLog, verifyAuditLog } from './audit-log.js';

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

describe('the chain hashes what is stored', () => {
  let own: TestDatabase;
  beforeAll(async () => {
    own = await createTestDatabase();
  });
  afterAll(() => own.close());

  const tamper = async (db: TestDatabase['db'], change: ReturnType<typeof sql>) => {
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
    await change.execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
  };

  it.each([
    ['900 µs', '900 microseconds', 1],
    ['1 µs', '1 microsecond', 2],
    ['1 µs back', '-1 microsecond', 3],
  ])('detects a sealed event moved by %s', async (_, shift, chainIndex) => {
    const { db } = own;
    // Microseconds the JavaScript clock cannot even express, stored by the database.
    await sql`
      INSERT INTO audit_events (id, occurred_at, action, resource_type, details)
      VALUES (${uuidv7()}, '2026-01-02T03:04:05.678012Z', 'person.read', 'person', '{"fields":["names"]}')
    `.execute(db);
    expect(await sealAuditLog(db)).toBe(1);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, checked: chainIndex });
    await tamper(
      db,
      sql`UPDATE audit_events SET occurred_at = occurred_at + ${shift}::interval WHERE chain_index = ${chainIndex}`,
    );
    expect(await verifyAuditLog(db)).toMatchObject({
      ok: false,
      firstBrokenIndex: chainIndex,
      reason: 'an event was modified after it was sealed',
    });
    await tamper(
      db,
      sql`UPDATE audit_events SET occurred_at = occurred_at - ${shift}::interval WHERE chain_index = ${chainIndex}`,
    );
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('detects a number in the details changed beyond what a double can tell apart', async () => {
    const { db } = own;
    await sql`
      INSERT INTO audit_events (id, occurred_at, action, resource_type, details)
      VALUES (${uuidv7()}, now(), 'loan.read', 'loan', '{"count": 9007199254740993}')
    `.execute(db);
    await sealAuditLog(db);
    const { checked } = await verifyAuditLog(db);
    await tamper(
      db,
      sql`UPDATE audit_events SET details = '{"count": 9007199254740992}' WHERE chain_index = ${checked}`,
    );
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, firstBrokenIndex: checked });
  });
});

describe('a chain sealed before the hash rule changed', () => {
  let own: TestDatabase;
  beforeAll(async () => {
    own = await createTestDatabase();
  });
  afterAll(() => own.close());

  /** Seals pending events as the sealer did before version 2 (rows marked version 1, as the migration marks them). */
  async function sealUnderRuleOne(db: TestDatabase['db']) {
    const head = await db.selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow();
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .select([
        sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as(
          'occurred_at_stored',
        ),
        sql<string>`details::text`.as('details_stored'),
      ])
      .where('chain_index', 'is', null)
      .orderBy('inserted_seq')
      .execute();
    let { last_index: index, last_hash: hash } = head;
    for (const row of rows) {
      index = Number(index) + 1;
      const next = auditHash(hash, index, row, 1);
      await db
        .updateTable('audit_events')
        .set({ chain_index: index, prev_hash: hash, hash: next, hash_version: 1 })
        .where('id', '=', row.id)
        .execute();
      hash = next;
    }
    await db.updateTable('audit_chain_head').set({ last_index: index, last_hash: hash }).execute();
  }

  it('still verifies the events sealed under rule 1, and seals what follows under rule 2', async () => {
    const { db } = own;
    const writer = auditWriter(db, () => new Date('2026-01-02T03:04:05.678Z'), uuidv7);
    for (let i = 0; i < 3; i++) await writer.record(entry(`person.read.${i}`));
    await sealUnderRuleOne(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, checked: 3 });
    for (let i = 0; i < 2; i++) await writer.record(entry(`person.update.${i}`));
    expect(await sealAuditLog(db)).toBe(2);
    const versions = await db
      .selectFrom('audit_events')
      .select(['chain_index', 'hash_version'])
      .orderBy('chain_index')
      .execute();
    expect(versions.map((v) => Number(v.hash_version))).toEqual([
      1,
      1,
      1,
      currentHashVersion,
      currentHashVersion,
    ]);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, checked: 5 });

    // An old event is still caught when edited...
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`.execute(db);
    await sql`UPDATE audit_events SET action = 'person.nothing' WHERE chain_index = 2`.execute(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, firstBrokenIndex: 2 });
    await sql`UPDATE audit_events SET action = 'person.read.1' WHERE chain_index = 2`.execute(db);
    // ...and a new one cannot be passed off as sealed under the old rule.
    await sql`UPDATE audit_events SET hash_version = 1 WHERE chain_index = 5`.execute(db);
    await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`.execute(db);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: false, firstBrokenIndex: 5 });
  });
});
