import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../src/core/auth/actor.js';
import { createProgram } from '../../src/modules/programs/use-cases/create-program.js';
import { givenOrganization, givenSession, givenStaff } from '../support/fixtures.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * The caseload import's program column over HTTP (docs/people-import.md): rows refused by the
 * enrolment's rules with stable codes, nothing written when one is kept, the enrolments written with
 * the files otherwise, and malformed cells answered as row problems, never 5xx.
 */
let t: TestApp;
let session: { cookies: Record<string, string>; headers: Record<string, string> };
let organizationId: string;

const yearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-03-15`;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  organizationId = (await givenOrganization(db, { name: 'Mission Locale de Toulouse' })).id;
  const counselor = await givenStaff(db, organizationId, 'counselor');
  session = await givenSession(db, counselor.actor.userId, organizationId);
  await createProgram(t.deps)(systemContext(), {
    ownerOrganizationId: organizationId,
    code: 'IPR',
    nameFr: 'Intégration professionnelle des réfugiés',
    nameEn: 'Refugees into work',
    countingUnit: 'person',
    status: 'active',
    rules: [{ kind: 'maxAge', years: 26, inclusive: false }],
  });
});
afterAll(() => t.close());

const upload = (lines: string[], query: string) =>
  t.app.inject({
    method: 'POST',
    url: `/api/people/imports?${query}`,
    payload: Buffer.from(`${lines.join('\r\n')}\r\n`),
    cookies: session.cookies,
    headers: { ...session.headers, 'content-type': 'text/csv' },
  });

async function written() {
  const count = async (table: 'people' | 'enrolments') =>
    Number(
      (
        await t.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('organization_id', '=', organizationId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { people: await count('people'), enrolments: await count('enrolments') };
}

const header = 'Prénom;Nom;Date de naissance;Program;Enrolled on;Intake source';
const rows = [
  `Salma;Benali;${yearsAgo(20)};IPR;;partner_referral`,
  `Amina;Haddad;${yearsAgo(40)};ipr;;walk_in`,
];

describe('POST /api/people/imports with a program column', () => {
  it('refuses a row the enrolment refuses, writes nothing while it is kept, and enrols the others', async () => {
    const before = await written();
    const preview = await upload([header, ...rows], 'dryRun=true');
    expect(preview.statusCode).toBe(200);
    const report = preview.json();
    expect(report.summary).toMatchObject({ ok: 1, errors: 1, enrolments: 1 });
    expect(report.rows[0]).toMatchObject({ status: 'ok', program: { code: 'IPR' } });
    expect(report.rows[1].errors.map((e: { code: string }) => e.code)).toEqual([
      'PEOPLE_IMPORT_NOT_ELIGIBLE',
    ]);

    const refused = await upload([header, ...rows], 'dryRun=false');
    expect(refused.statusCode).toBe(200);
    expect(refused.json().committed).toBe(false);
    expect(await written()).toEqual(before);

    const imported = await upload([header, ...rows], 'dryRun=false&skip=3');
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ committed: true, summary: { created: 1, enrolments: 1 } });
    expect(imported.json().rows[0].enrolmentId).toEqual(expect.any(String));
    expect(await written()).toEqual({ people: before.people + 1, enrolments: before.enrolments + 1 });
  });

  it('answers malformed program cells as problems of their row, never 5xx', async () => {
    const before = await written();
    const response = await upload(
      [
        header,
        `A;B;${yearsAgo(20)};${'x'.repeat(5000)};;walk_in`,
        `C;D;${yearsAgo(20)};IPR;31/02/2026;walk_in`,
        `E;F;${yearsAgo(20)};IPR;9999-99-99;'; DROP TABLE people; --`,
        `G;H;${yearsAgo(20)};\u202eXYZ;;walk_in`,
        `I;J;${yearsAgo(20)};;;walk_in`,
      ],
      'dryRun=false',
    );
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.committed).toBe(false);
    expect(report.rows.map((r: { status: string }) => r.status)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
    expect(await written()).toEqual(before);
  });
});
