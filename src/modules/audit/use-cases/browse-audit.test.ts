import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { auditWriter } from '../../../core/audit/audit-log.js';
import { uuidv7 } from '../../../core/ids.js';
import { browseAudit } from './browse-audit.js';
import { verifyAudit } from './verify-audit.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('browsing the audit log', () => {
  it("shows an administrator their organization's events only, newest first, with who acted", async () => {
    const deps = testDeps(database);
    const mine = await givenOrganization(database.db);
    const other = await givenOrganization(database.db);
    const admin = await givenStaff(database.db, mine.id, 'administrator');
    const counselor = await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Nadia' });
    const personId = uuidv7();
    let tick = Date.parse('2026-05-01T10:00:00Z');
    const nextInstant = () => {
      tick += 1000;
      return new Date(tick);
    };
    const writer = auditWriter(database.db, nextInstant, uuidv7);
    const base = {
      resourceType: 'person',
      resourceId: personId,
      requestId: 'r',
      details: { fields: ['names'] },
    };
    await writer.record({
      ...base,
      actorUserId: counselor.actor.userId,
      organizationId: mine.id,
      subjectOrganizationId: mine.id,
      action: 'person.create',
      personId,
    });
    await writer.record({
      ...base,
      actorUserId: counselor.actor.userId,
      organizationId: mine.id,
      subjectOrganizationId: mine.id,
      action: 'person.read',
      personId,
    });
    await writer.record({
      ...base,
      actorUserId: null,
      organizationId: other.id,
      subjectOrganizationId: other.id,
      action: 'person.read',
      personId: uuidv7(),
    });

    const page = await browseAudit(deps)(admin, { page: 1, pageSize: 10, personId });
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.action)).toEqual(['person.read', 'person.create']);
    expect(page.items[0]?.actorName).toBe('Nadia');

    const reads = await browseAudit(deps)(admin, { page: 1, pageSize: 10, action: 'person.read' });
    expect(
      reads.items.every((i) => i.subjectOrganizationId === mine.id || i.organizationId === mine.id),
    ).toBe(true);
  });

  it('is refused to anyone but administrators', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    for (const role of ['counselor', 'director', 'funder', 'coordinator'] as const) {
      const staff = await givenStaff(database.db, organization.id, role);
      await expect(browseAudit(deps)(staff, { page: 1, pageSize: 10 })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(verifyAudit(deps)(staff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('seals and verifies the chain on demand', async () => {
    const deps = testDeps(database);
    const organization = await givenOrganization(database.db);
    const admin = await givenStaff(database.db, organization.id, 'administrator');
    const result = await verifyAudit(deps)(admin);
    expect(result).toMatchObject({ ok: true, unsealed: 0 });
    expect(result.checked).toBeGreaterThan(0);
  });
});
