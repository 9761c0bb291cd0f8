import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { importEnrolments } from '../../programs/api.js';
import { createPerson } from './create-person.js';
import { findPossibleDuplicates } from './find-possible-duplicates.js';
import { importPeople } from './import-people.js';

let database: TestDatabase;
let bordeaux: Awaited<ReturnType<typeof givenStaff>>;
let bordeauxCoordinator: Awaited<ReturnType<typeof givenStaff>>;
let colleagueId: string;
let libourne: Awaited<ReturnType<typeof givenStaff>>;
let outsider: Awaited<ReturnType<typeof givenStaff>>;
let existingId: string;
let libourneFileId: string;

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);
const header =
  'Prénom;Nom;Prénom original;Nom original;Date de naissance;Sexe;Téléphone;Courriel;Nationalité;Langues;Ville;Référent';

async function peopleOf(organizationId: string) {
  return database.db
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name', 'referent_user_id', 'birth_date'])
    .where('organization_id', '=', organizationId)
    .execute();
}

beforeAll(async () => {
  database = await createTestDatabase();
  const bordeauxId = (await givenOrganization(database.db, { name: 'SIAE Bordeaux' })).id;
  const libourneId = (await givenOrganization(database.db, { name: 'SIAE Libourne' })).id;
  const outsiderId = (await givenOrganization(database.db, { name: 'Hors consortium' })).id;
  await givenConsortium(database.db, bordeauxId, [bordeauxId, libourneId]);
  bordeaux = await givenStaff(database.db, bordeauxId, 'counselor');
  bordeauxCoordinator = await givenStaff(database.db, bordeauxId, 'coordinator');
  colleagueId = (
    await givenStaff(database.db, bordeauxId, 'counselor', { email: 'Claire.Martin@siae-bordeaux.example' })
  ).actor.userId;
  libourne = await givenStaff(database.db, libourneId, 'counselor');
  outsider = await givenStaff(database.db, outsiderId, 'coordinator');
  const deps = testDeps(database);
  existingId = (
    await createPerson(deps)(bordeaux, {
      identity: { givenName: 'Mohammed', familyName: 'Youssef', birthDate: '1991-04-07' } as never,
    })
  ).id;
  libourneFileId = (
    await createPerson(deps)(libourne, {
      identity: { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '1979-12-01' } as never,
    })
  ).id;
});
afterAll(() => database.close());

const run = (
  staff: typeof bordeaux,
  content: Buffer,
  options: { dryRun?: boolean; skip?: number[]; mediaType?: string } = {},
) =>
  importPeople(importEnrolments)(testDeps(database))(staff, {
    content,
    declaredMediaType: options.mediaType ?? 'text/csv',
    dryRun: options.dryRun ?? true,
    skip: options.skip ?? [],
  });

const file = csv([
  header,
  'Amina;Haddad;;;12/05/1994;F;+33 6 12 34 56 78;amina@example.org;sy;ar|fr;Bordeaux;claire.martin@siae-bordeaux.example',
  'Muhammad;Yusuf;;;1991-07-04;M;;;;;;',
  'Iouri;Ivanov;Юрий;Иванов;1979-12-01;;;;;;;',
  'Jean;;;;2090-01-01;Z;;pas-une-adresse;Syrie;;;inconnu@example.org',
  'Amina;Hadad;;;1994-05-12;;;;;;;',
]);

describe('importing people from a spreadsheet', () => {
  it('previews every row, writes nothing: errors by column, duplicates in the organization, the file and elsewhere', async () => {
    const before = await peopleOf(bordeaux.actor.organizationId);
    const report = await run(bordeaux, file);
    expect(report.committed).toBe(false);
    expect(report.ignoredColumns).toEqual([]);
    expect(report.summary).toEqual({
      rows: 5,
      ok: 4,
      errors: 1,
      skipped: 0,
      possibleDuplicates: 4,
      created: 0,
      enrolments: 0,
    });
    const [amina, mohammed, yuriy, jean, aminaAgain] = report.rows;
    expect(amina).toMatchObject({ row: 2, status: 'ok', errors: [], personId: null });
    // Two rows of the file: each names the other, with the rule's reasons.
    expect(amina?.duplicates.inFile.map((d) => d.row)).toEqual([6]);
    expect(amina?.duplicates.inFile[0]?.reasons).toContain('birth_date_equal');
    expect(aminaAgain?.duplicates.inFile.map((d) => d.row)).toEqual([2]);
    // The organization's file, named, with why: a variant spelling and day and month swapped.
    expect(mohammed?.duplicates.organization.map((c) => c.id)).toEqual([existingId]);
    expect(mohammed?.duplicates.organization[0]).toMatchObject({
      givenName: 'Mohammed',
      familyName: 'Youssef',
    });
    expect(mohammed?.duplicates.organization[0]?.reasons).toContain('birth_date_day_month_swapped');
    expect(mohammed?.duplicates.elsewhere).toBe(false);
    // Another member organization's file: a yes, and nothing of it.
    expect(yuriy?.status).toBe('ok');
    expect(yuriy?.duplicates).toEqual({ organization: [], inFile: [], elsewhere: true });
    expect(JSON.stringify(report)).not.toContain(libourneFileId);
    // Every problem of a row, each with its column, a stable code and both languages.
    expect(jean?.status).toBe('error');
    expect(jean?.errors.map((e) => `${e.column}:${e.code}`).sort()).toEqual([
      'birth_date:PEOPLE_IMPORT_VALUE_INVALID',
      'email:PEOPLE_IMPORT_VALUE_INVALID',
      'family_name:PEOPLE_IMPORT_VALUE_MISSING',
      'nationality:PEOPLE_IMPORT_VALUE_INVALID',
      'referent_email:PEOPLE_IMPORT_REFERENT_UNKNOWN',
      'sex:PEOPLE_IMPORT_VALUE_INVALID',
    ]);
    for (const error of jean?.errors ?? []) {
      expect(error.message.en).toContain(error.column as string);
      expect(error.message.fr).toContain(error.column as string);
    }
    expect(await peopleOf(bordeaux.actor.organizationId)).toEqual(before);
  });

  it('a file with a refused row kept writes nothing; skipping it imports the others in one go, with their keys', async () => {
    const before = await peopleOf(bordeaux.actor.organizationId);
    const refused = await run(bordeaux, file, { dryRun: false });
    expect(refused.committed).toBe(false);
    expect(await peopleOf(bordeaux.actor.organizationId)).toEqual(before);
    const auditBefore = await database.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'person.create')
      .execute();

    // Row 5 refused and row 6 the same Amina: both skipped, the three others imported.
    const report = await run(bordeaux, file, { dryRun: false, skip: [5, 6] });
    expect(report.committed).toBe(true);
    expect(report.summary).toMatchObject({ rows: 5, ok: 0, errors: 0, skipped: 2, created: 3 });
    expect(report.rows.map((r) => r.status)).toEqual(['created', 'created', 'created', 'skipped', 'skipped']);
    const after = await peopleOf(bordeaux.actor.organizationId);
    expect(after).toHaveLength(before.length + 3);
    const amina = after.find((p) => p.id === report.rows[0]?.personId);
    expect(amina).toMatchObject({
      given_name: 'Amina',
      family_name: 'Haddad',
      referent_user_id: colleagueId,
    });
    expect(String(amina?.birth_date)).toContain('1994-05-12');
    // No referent named: the one who imports follows the person.
    expect(after.find((p) => p.id === report.rows[1]?.personId)?.referent_user_id).toBe(
      bordeaux.actor.userId,
    );

    // One audit entry per file opened, and the import's counts; no name in any of them.
    const created = await database.db
      .selectFrom('audit_events')
      .select(['id', 'details'])
      .where('action', '=', 'person.create')
      .execute();
    expect(created.length - auditBefore.length).toBe(3);
    const imports = await database.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', 'in', ['person.import', 'person.import_preview', 'person.import_refused'])
      .execute();
    expect(imports.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify([...created, ...imports])).not.toMatch(/Amina|Haddad|Yusuf|1994|amina@/);

    // The files have their duplicate keys: a registration now finds the imported Amina.
    const later = await findPossibleDuplicates(testDeps(database))(bordeauxCoordinator, {
      givenName: 'Aminah',
      familyName: 'Haddad',
      birthDate: '1994-05-12',
    });
    expect(later.items.map((c) => c.id)).toContain(report.rows[0]?.personId);
    // And a second import of the same file now finds them in the organization.
    const again = await run(bordeaux, file, { skip: [5, 6] });
    expect(again.rows[0]?.duplicates.organization.map((c) => c.id)).toEqual([report.rows[0]?.personId]);
  });

  it('reads an Excel workbook with English headers and real dates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('People');
    sheet.addRow(['First name', 'Last name', 'Date of birth', 'E-mail', 'Notes']);
    sheet.addRow(['Tesfaye', 'Bekele', new Date(Date.UTC(1988, 2, 3)), 'tesfaye@example.org', 'FLE']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await run(bordeaux, content, {
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(report.format).toBe('xlsx');
    expect(report.ignoredColumns).toEqual(['Notes']);
    expect(report.rows[0]).toMatchObject({ status: 'ok', givenName: 'Tesfaye', familyName: 'Bekele' });
  });

  it('refuses the whole file for what no row can fix, and other roles and organizations', async () => {
    const refused = async (content: Buffer, code: string, mediaType?: string) =>
      expect(run(bordeaux, content, { ...(mediaType ? { mediaType } : {}) })).rejects.toMatchObject({ code });
    await refused(Buffer.alloc(0), 'PEOPLE_IMPORT_EMPTY');
    await refused(csv([header]), 'PEOPLE_IMPORT_EMPTY');
    await refused(csv(['Ville;Sexe', 'Bordeaux;F']), 'PEOPLE_IMPORT_MISSING_COLUMNS');
    await refused(csv(['Prénom;Nom;First name', 'A;B;C']), 'PEOPLE_IMPORT_DUPLICATE_COLUMN');
    await refused(csv(['Prénom;Nom', 'A;B']), 'PEOPLE_IMPORT_MEDIA_TYPE', 'image/png');
    await refused(Buffer.from('PK\u0003\u0004not a workbook'), 'PEOPLE_IMPORT_UNREADABLE');
    const tenThousand = csv(['Prénom;Nom', ...Array.from({ length: 10_000 }, (_, i) => `P${i};N${i}`)]);
    await refused(tenThousand, 'PEOPLE_IMPORT_TOO_MANY_ROWS');
    await expect(run(bordeaux, file, { skip: [40] })).rejects.toMatchObject({
      code: 'PEOPLE_IMPORT_SKIPPED_ROW_UNKNOWN',
    });
    for (const role of ['program_referent', 'director', 'administrator', 'funder'] as const) {
      const staff = await givenStaff(database.db, bordeaux.actor.organizationId, role);
      await expect(run(staff, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    // Staff of an organization outside the consortium see only their own (empty) caseload.
    const outside = await run(outsider, csv(['Prénom;Nom;Date de naissance', 'Iouri;Ivanov;1979-12-01']));
    expect(outside.rows[0]?.duplicates).toEqual({ organization: [], inFile: [], elsewhere: false });
  });
});
