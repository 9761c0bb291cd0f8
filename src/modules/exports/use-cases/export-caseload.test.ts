import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { spreadsheetBytes } from '../../../core/spreadsheet/write-spreadsheet.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { exportCaseload } from './export-caseload.js';
import { exportProgramEnrolments } from './export-enrolments.js';
import type { ExportedFile } from './exported-file.js';

let database: TestDatabase;
let deps: ReturnType<typeof testDeps>;
let organizationId: string;
let programId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let administrator: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database);
  organizationId = (await givenOrganization(database.db, { timeZone: 'Europe/Paris' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor', { locale: 'fr' });
  administrator = await givenStaff(database.db, organizationId, 'administrator', { locale: 'en' });
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'EXP',
      nameFr: 'Accès à l’emploi',
      nameEn: 'Job access',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  const people = [
    { givenName: 'Amina', familyName: 'Youssef', immigrationStatus: 'refugee' as const, enrol: true },
    { givenName: 'Élodie', familyName: 'Nkemba', immigrationStatus: 'asylum_seeker' as const, enrol: true },
    { givenName: '=cmd', familyName: 'Injection', enrol: false },
    { givenName: 'Restricted', familyName: 'Zed', immigrationStatus: 'refugee' as const, enrol: true },
  ];
  for (const { enrol, ...identity } of people) {
    const { id } = await createPerson(deps)(counselor, {
      identity: { ...identity, birthDate: '1990-05-06' },
    });
    if (enrol) await enrolPerson(deps)(counselor, { programId, personId: id, intake: { source: 'walk_in' } });
    if (identity.givenName === 'Restricted')
      await restrictProcessing(deps)(counselor, { personId: id, reason: 'La personne conteste ses données' });
  }
  // Another organization's person never appears.
  const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
  await createPerson(deps)(elsewhere, { identity: { givenName: 'Other', familyName: 'Organization' } });
});
afterAll(() => database.close());

const xlsxRows = async (file: ExportedFile) =>
  (await readSheet(await spreadsheetBytes('xlsx', [file.sheet]))) as unknown[][];

describe('exporting the caseload', () => {
  it('gives every person of the list, typed, in the reader’s language, with the status for a counselor', async () => {
    const file = await exportCaseload(deps)(counselor, { format: 'xlsx', sort: 'name' });
    expect(file.filename).toMatch(/^caseload-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [header, ...rows] = await xlsxRows(file);
    expect(header).toContain('Nom');
    expect(header).toContain('Statut administratif');
    expect(rows.map((r) => r[0])).toEqual(['Injection', 'Nkemba', 'Youssef']);
    const birth = header!.indexOf('Date de naissance');
    expect(rows[0]?.[birth]).toEqual(new Date(Date.UTC(1990, 4, 6)));
    const status = header!.indexOf('Statut administratif');
    expect(rows.map((r) => r[status])).toEqual([null, 'asylum_seeker', 'refugee']);
    // Text that looks like a formula stays text.
    expect(rows[0]?.[1]).toBe('=cmd');
  });

  it('leaves the sensitive column and the signals out of an administrator’s file', async () => {
    const file = await exportCaseload(deps)(administrator, { format: 'csv', sort: 'name' });
    const [header, ...rows] = parse((await spreadsheetBytes('csv', [file.sheet])).toString('utf8'), {
      bom: true,
    }) as string[][];
    expect(header).not.toContain('Immigration status');
    expect(header).not.toContain('Alerts');
    expect(header).toContain('Family name');
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r[0] === 'Injection')?.[1]).toBe("'=cmd");
  });

  it('keeps the filters of the list and audits them with the count, never a name', async () => {
    const file = await exportCaseload(deps)(counselor, {
      format: 'xlsx',
      programId,
      immigrationStatus: 'refugee',
      q: 'Youssef',
    });
    expect(file.rows).toBe(1);
    const audit = await database.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'export.caseload')
      .orderBy('occurred_at', 'desc')
      .executeTakeFirstOrThrow();
    const details = (typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details) as Record<
      string,
      unknown
    >;
    expect(details).toMatchObject({
      kind: 'caseload',
      format: 'xlsx',
      rows: 1,
      sensitiveColumns: true,
      filters: ['immigrationStatus', 'programId', 'q', 'sort'],
      filterValues: { programId, sort: 'name' },
    });
    expect(JSON.stringify(details)).not.toContain('Youssef');
    expect(JSON.stringify(details)).not.toContain('refugee');
  });
});

describe('exporting a program’s enrolments', () => {
  it('lists the enrolments of the people followed, restricted files left out', async () => {
    const file = await exportProgramEnrolments(deps)(counselor, { programId, format: 'xlsx' });
    const [header, ...rows] = await xlsxRows(file);
    expect(header?.slice(0, 2)).toEqual(['Nom', 'Prénom']);
    expect(rows.map((r) => r[0])).toEqual(['Nkemba', 'Youssef']);
    expect(rows[0]).toContain('Accès à l’emploi');
    expect(rows[0]).toContain('Inscrit');
    expect(file.filename).toMatch(/^enrolments-acces-a-l-emploi-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });

  it('does not find a program of another organization', async () => {
    const elsewhere = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'coordinator');
    await expect(
      exportProgramEnrolments(deps)(elsewhere, { programId, format: 'csv' }),
    ).rejects.toMatchObject({
      code: 'EXPORT_PROGRAM_NOT_FOUND',
    });
  });
});
