import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import type { Role } from '../../src/core/auth/roles.js';
import { createPerson } from '../../src/modules/people/use-cases/create-person.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { enrolPerson } from '../../src/modules/programs/use-cases/enrol-person.js';
import { createSessionType } from '../../src/modules/sessions/use-cases/create-session-type.js';
import { planSeries } from '../../src/modules/sessions/use-cases/plan-series.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * Exports over HTTP: the file comes as an attachment of its type; the sensitive column only for the
 * roles that read it; a funder gets none of them; every export is audited with its filters and row
 * count; a malformed filter is 400 with a stable code.
 */
let t: TestApp;
type Session = { cookies: Record<string, string>; headers: Record<string, string> };
const sessions = new Map<Role, Session>();
let programId: string;
let otherProgramId: string;

const get = (role: Role, url: string) => t.app.inject({ method: 'GET', url, ...sessions.get(role)! });
const xlsxOf = async (body: Buffer) => (await readSheet(body)) as unknown[][];
const csvOf = (body: string) => parse(body, { bom: true }) as string[][];

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const organizationId = (await givenOrganization(db, { timeZone: 'America/Montreal' })).id;
  const staff = new Map<Role, Awaited<ReturnType<typeof givenStaff>>>();
  for (const role of ['counselor', 'coordinator', 'administrator', 'funder'] as const) {
    const member = await givenStaff(db, organizationId, role, { locale: 'en' });
    staff.set(role, member);
    sessions.set(role, await givenSession(db, member.actor.userId, organizationId));
  }
  const counselor = staff.get('counselor')!;
  programId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'PAQ',
      nameFr: 'Programme d’aide',
      nameEn: 'Help program',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  for (const identity of [
    { givenName: 'Amina', familyName: 'Youssef', immigrationStatus: 'refugee' as const },
    { givenName: 'Oksana', familyName: 'Bondarenko', immigrationStatus: 'protected_person' as const },
  ]) {
    const { id } = await createPerson(t.deps)(counselor, { identity });
    await enrolPerson(t.deps)(counselor, { programId, personId: id, intake: { source: 'walk_in' } });
  }
  const type = await createSessionType(t.deps)(staff.get('coordinator')!, {
    code: 'CV',
    nameFr: 'Atelier CV',
    nameEn: 'CV workshop',
    kind: 'workshop',
    audience: 'beneficiaries',
    language: 'fr',
    durationMinutes: 120,
    mode: 'in_person',
  });
  await planSeries(t.deps)(staff.get('coordinator')!, {
    sessionTypeId: type.id,
    title: 'Atelier CV',
    openness: 'organization',
    capacity: 8,
    meetings: [{ startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }],
  });
  const other = await givenOrganization(db);
  otherProgramId = (
    await createProgram(t.deps)(systemContext(), {
      ownerOrganizationId: other.id,
      code: 'OTH',
      nameFr: 'Autre',
      nameEn: 'Other',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
});
afterAll(() => t.close());

const exportUrls = () => [
  '/api/exports/caseload?format=csv',
  `/api/exports/programs/${programId}/enrolments?format=xlsx`,
  '/api/exports/sessions?format=xlsx',
  '/api/exports/placements?format=csv',
];

describe('exports over HTTP', () => {
  it('sends an XLSX as an attachment of its type, with typed cells', async () => {
    const response = await get('coordinator', '/api/exports/caseload?format=xlsx');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="caseload-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    expect(response.headers['cache-control']).toBe('no-store');
    const [header, ...rows] = await xlsxOf(response.rawPayload);
    expect(header?.slice(0, 2)).toEqual(['Family name', 'Given name']);
    expect(rows.map((r) => r[0])).toEqual(['Bondarenko', 'Youssef']);
    const opened = header!.indexOf('File opened');
    expect(rows[0]?.[opened]).toBeInstanceOf(Date);
  });

  it('gives the immigration status to the roles that read it, never to an administrator', async () => {
    for (const role of ['counselor', 'coordinator'] as const) {
      const response = await get(role, '/api/exports/caseload?format=csv');
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      const [header, ...rows] = csvOf(response.body);
      const status = header!.indexOf('Immigration status');
      expect(status, role).toBeGreaterThan(-1);
      expect(rows.map((r) => r[status]).sort()).toEqual(['protected_person', 'refugee']);
    }
    const response = await get('administrator', '/api/exports/caseload?format=csv');
    expect(response.statusCode).toBe(200);
    const [header] = csvOf(response.body);
    expect(header).not.toContain('Immigration status');
    expect(response.body).not.toContain('refugee');
    expect(response.body).not.toContain('protected_person');
  });

  it('refuses a funder every export of records: a program’s enrolments as if it did not exist', async () => {
    for (const url of exportUrls()) {
      const response = await get('funder', url);
      expect(response.statusCode, url).toBe(url.includes('/programs/') ? 404 : 403);
      expect(response.json().code, url).toBe(
        url.includes('/programs/') ? 'EXPORT_PROGRAM_NOT_FOUND' : 'FORBIDDEN',
      );
      expect(response.body).not.toContain('Youssef');
    }
  });

  it('does not find another organization’s program', async () => {
    const response = await get('coordinator', `/api/exports/programs/${otherProgramId}/enrolments`);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('EXPORT_PROGRAM_NOT_FOUND');
  });

  it('exports the enrolments, sessions and placements lists', async () => {
    const enrolments = await get('counselor', `/api/exports/programs/${programId}/enrolments?format=csv`);
    expect(
      csvOf(enrolments.body)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Bondarenko', 'Youssef']);
    expect(enrolments.headers['content-disposition']).toContain('enrolments-help-program-');
    const sessionsFile = await xlsxOf(
      (await get('counselor', '/api/exports/sessions?format=xlsx')).rawPayload,
    );
    expect(sessionsFile[0]).toContain('Fill rate');
    expect(sessionsFile[1]?.[0]).toBe('Atelier CV');
    const placements = await get('counselor', '/api/exports/placements?format=csv&state=running');
    expect(placements.statusCode).toBe(200);
    expect(csvOf(placements.body)).toHaveLength(1);
  });

  it('audits each export with its kind, format, filters and row count', async () => {
    const response = await get(
      'coordinator',
      `/api/exports/caseload?format=xlsx&programId=${programId}&enrolmentStatus=enrolled&q=Youssef`,
    );
    expect(response.statusCode).toBe(200);
    const event = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'resource_type', 'details'])
      .where('action', '=', 'export.caseload')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    const details = typeof event.details === 'string' ? JSON.parse(event.details) : event.details;
    expect(event.resource_type).toBe('export');
    expect(details).toMatchObject({
      kind: 'caseload',
      format: 'xlsx',
      rows: 1,
      filters: ['enrolmentStatus', 'programId', 'q', 'sort'],
      filterValues: { programId, enrolmentStatus: 'enrolled' },
    });
    expect(JSON.stringify(details)).not.toContain('Youssef');
  });

  it('refuses malformed filters with 400 VALIDATION_FAILED, and audits nothing', async () => {
    const before = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', 'like', 'export.%')
      .executeTakeFirstOrThrow();
    for (const url of [
      '/api/exports/caseload?format=pdf',
      '/api/exports/caseload?programId=not-a-uuid',
      '/api/exports/caseload?alerts=everything',
      '/api/exports/caseload?sort=shoeSize',
      '/api/exports/programs/not-a-uuid/enrolments',
      `/api/exports/programs/${programId}/enrolments?status=graduated`,
      '/api/exports/sessions?from=2026-13-01',
      '/api/exports/placements?state=maybe',
    ]) {
      const response = await get('coordinator', url);
      expect(response.statusCode, url).toBe(400);
      expect(response.json().code, url).toBe('VALIDATION_FAILED');
    }
    const after = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', 'like', 'export.%')
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});
