import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * ADR 10 over HTTP: a status and a health barrier typed in through the API come back through it, to the
 * roles that may see them, while the tables hold them sealed only.
 */
let t: TestApp;
type Session = Awaited<ReturnType<typeof givenSession>>;
let counselor: Session;
let administrator: Session;

beforeAll(async () => {
  t = await createTestApp();
  const organizationId = (await givenOrganization(t.database.db)).id;
  for (const [role, assign] of [
    ['counselor', (s: Session) => (counselor = s)],
    ['administrator', (s: Session) => (administrator = s)],
  ] as const) {
    const staff = await givenStaff(t.database.db, organizationId, role);
    assign(await givenSession(t.database.db, staff.actor.userId, organizationId));
  }
});
afterAll(() => t.close());

const call = (as: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, cookies: as.cookies, headers: as.headers, ...(payload ? { payload } : {}) });

describe('sensitive fields through the API', () => {
  it('round-trips the status, its dates and a health barrier, sealed in the tables', async () => {
    const created = await call(counselor, 'POST', '/api/people', {
      identity: {
        givenName: 'Farida',
        familyName: 'Nazari',
        immigrationStatus: 'subsidiary_protection',
        statusDate: '2023-08-14',
        asylumApplicationDate: '2022-12-19',
      },
      barriers: [
        { category: 'health', status: 'identified', identifiedOn: '2026-01-12', note: 'Kinésithérapie Xw3' },
      ],
    });
    expect(created.statusCode).toBe(201);
    const personId = created.json().id as string;

    const file = await call(counselor, 'GET', `/api/people/${personId}`);
    expect(file.statusCode).toBe(200);
    expect(file.json().identity).toMatchObject({
      immigrationStatus: 'subsidiary_protection',
      statusDate: '2023-08-14',
      asylumApplicationDate: '2022-12-19',
    });
    expect(file.json().barriers).toEqual([
      expect.objectContaining({ category: 'health', note: 'Kinésithérapie Xw3' }),
    ]);
    const hidden = await call(administrator, 'GET', `/api/people/${personId}`);
    expect(hidden.json().identity.immigrationStatus).toBeNull();
    expect(hidden.json().barriers).toEqual([]);

    const updated = await call(counselor, 'PUT', `/api/people/${personId}`, {
      givenName: 'Farida',
      familyName: 'Nazari',
      immigrationStatus: 'refugee',
      statusDate: '2026-02-20',
    });
    expect(updated.statusCode).toBe(200);
    const filtered = await call(counselor, 'GET', '/api/people?immigrationStatus=refugee&q=Farida%20Nazari');
    expect(filtered.json().items.map((i: { id: string }) => i.id)).toEqual([personId]);
    const other = await call(
      counselor,
      'GET',
      '/api/people?immigrationStatus=subsidiary_protection&q=Farida%20Nazari',
    );
    expect(other.json().items).toEqual([]);

    const { rows } = await sql<{ row: string }>`
      SELECT t::text AS row FROM people t WHERE id = ${personId}
      UNION ALL SELECT t::text FROM person_barriers t WHERE person_id = ${personId}
    `.execute(t.database.db);
    const dump = rows.map((r) => r.row).join('\n');
    expect(dump).toContain('Nazari');
    for (const secret of [
      'refugee',
      'subsidiary',
      '2026-02-20',
      '2023-08-14',
      '2022-12-19',
      'health',
      'Kinésithérapie',
    ])
      expect(dump).not.toContain(secret);
  });
});
