import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { importEnrolments } from '../../programs/api.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { importPeople } from './import-people.js';

let database: TestDatabase;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let organizationId: string;
let youthProgramId: string;
const clock = fixedClock('2026-05-04T10:00:00Z');

const csv = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);
const header = 'Prénom;Nom;Date de naissance;Programme;Date d’inscription;Source de repérage';

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db, { name: 'ML Toulouse' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  const program = (
    code: string,
    nameFr: string,
    nameEn: string,
    status: 'active' | 'closed',
    rules: unknown[],
  ) =>
    createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId: organizationId,
      consortiumId: null,
      code,
      nameFr,
      nameEn,
      countingUnit: 'person',
      status,
      rules,
    } as never);
  youthProgramId = (
    await program('CEJ', 'Contrat d’engagement jeune', 'Youth commitment contract', 'active', [
      { kind: 'maxAge', years: 26, inclusive: false },
    ])
  ).id;
  await program('PACEA', 'Parcours PACEA', 'PACEA pathway', 'closed', []);
});
afterAll(() => database.close());

const run = (content: Buffer, options: { dryRun?: boolean; skip?: number[] } = {}) =>
  importPeople(importEnrolments)(testDeps(database, clock))(counselor, {
    content,
    declaredMediaType: 'text/csv',
    dryRun: options.dryRun ?? true,
    skip: options.skip ?? [],
  });

async function counts() {
  const people = await database.db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const enrolments = await database.db
    .selectFrom('enrolments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', organizationId)
    .executeTakeFirstOrThrow();
  return { people: Number(people.n), enrolments: Number(enrolments.n) };
}

const file = csv([
  header,
  'Salma;Benali;14/02/2006;CEJ;01/05/2026;partner_referral',
  // By its French name, whatever the case and accents; no day: today where the organization works.
  'Tesfaye;Bekele;2003-09-21;contrat d’engagement JEUNE;;Venue spontanée',
  'Amina;Haddad;1990-05-12;CEJ;;walk_in',
  'Iouri;Ivanov;2005-12-01;Parcours PACEA;;walk_in',
  'Awa;Diallo;2007-03-02;FLE;;walk_in',
  'Karim;Mansour;2004-01-01;CEJ;2026-13-40;',
  'Omar;Khalil;2004-01-01;;2026-05-01;',
  'Nadia;Saleh;;CEJ;;outreach_event',
]);

describe('importing people with the program to enrol them in', () => {
  it('the preview checks each row with the enrolment’s rules and writes nothing', async () => {
    const before = await counts();
    const report = await run(file);
    expect(report.summary).toMatchObject({ rows: 8, ok: 2, errors: 6, enrolments: 2 });
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)).toMatchObject({ status: 'ok', program: { id: youthProgramId, code: 'CEJ' } });
    expect(byRow.get(3)).toMatchObject({ status: 'ok', program: { code: 'CEJ' } });
    const codes = (row: number) => byRow.get(row)?.errors.map((e) => `${e.column}:${e.code}`);
    // 35 years old: the rule of the enrol panel refuses, with the rule explained in both languages.
    expect(codes(4)).toEqual(['program:PEOPLE_IMPORT_NOT_ELIGIBLE']);
    expect(byRow.get(4)?.errors[0]?.message.fr).toContain('Contrat d’engagement jeune');
    expect(byRow.get(4)?.errors[0]?.message.en).toContain('Youth commitment contract');
    expect(codes(5)).toEqual(['program:PEOPLE_IMPORT_PROGRAM_NOT_OPEN']);
    expect(codes(6)).toEqual(['program:PEOPLE_IMPORT_PROGRAM_UNKNOWN']);
    expect(codes(7)?.sort()).toEqual([
      'enrolled_on:PEOPLE_IMPORT_VALUE_INVALID',
      'intake_source:PEOPLE_IMPORT_VALUE_MISSING',
    ]);
    expect(codes(8)).toEqual(['program:PEOPLE_IMPORT_VALUE_MISSING']);
    // No birth date: the age rule cannot be checked, as the enrol panel says.
    expect(codes(9)).toEqual(['program:PEOPLE_IMPORT_ELIGIBILITY_INCOMPLETE']);
    for (const row of report.rows)
      for (const error of row.errors) {
        expect(error.message.fr).toMatch(/\S/);
        expect(error.message.en).toMatch(/\S/);
      }
    expect(await counts()).toEqual(before);
  });

  it('an import with a refused row kept writes nothing: no file, no enrolment', async () => {
    const before = await counts();
    const report = await run(file, { dryRun: false, skip: [5, 6, 7, 8, 9] });
    expect(report.committed).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it('the import opens each file and enrols it, in one go, through the enrolment', async () => {
    const before = await counts();
    const report = await run(file, { dryRun: false, skip: [4, 5, 6, 7, 8, 9] });
    expect(report.committed).toBe(true);
    expect(report.summary).toMatchObject({ created: 2, enrolments: 2 });
    expect(await counts()).toEqual({ people: before.people + 2, enrolments: before.enrolments + 2 });
    const [salma, tesfaye] = report.rows;
    const enrolments = await database.db
      .selectFrom('enrolments')
      .select([
        'id',
        'person_id',
        'program_id',
        'enrolled_on',
        'intake_source',
        'eligibility_verdict',
        'status',
      ])
      .where('person_id', 'in', [salma?.personId ?? '', tesfaye?.personId ?? ''])
      .orderBy('enrolled_on')
      .execute();
    expect(
      enrolments.map((e) => [e.person_id, String(e.enrolled_on), e.intake_source, e.eligibility_verdict]),
    ).toEqual([
      [salma?.personId, '2026-05-01', 'partner_referral', 'eligible'],
      [tesfaye?.personId, '2026-05-04', 'walk_in', 'eligible'],
    ]);
    expect(enrolments.map((e) => e.id).sort()).toEqual([salma?.enrolmentId, tesfaye?.enrolmentId].sort());
    // The enrolment's own traces: its timeline event and audit entry, beside the file's.
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind'])
      .where('person_id', '=', salma?.personId ?? '')
      .execute();
    expect(events.map((e) => e.kind).sort()).toEqual(['enrolment.started', 'person.registered']);
    const audited = await database.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('person_id', '=', salma?.personId ?? '')
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual(['enrolment.create', 'person.create']);
  });
});
