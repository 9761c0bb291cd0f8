import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { createProgram } from '../../programs/use-cases/create-program.js';
import { enrolPerson } from '../../programs/use-cases/enrol-person.js';
import { mergePersonFiles } from '../../programs/use-cases/merge-person-files.js';
import { personEnrolments } from '../../programs/use-cases/person-enrolments.js';
import { listCaseload } from './list-caseload.js';
import { personOverview } from './person-overview.js';

/**
 * The overview of a kept file lists the enrolments of the files merged into it, read-only, each with
 * the file it belongs to (docs/duplicates.md), and only while the merge is in force.
 */
let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
type Staff = Awaited<ReturnType<typeof givenStaff>>;
let counselor: Staff;
let otherCounselor: Staff;
let organizationId: string;
let otherOrganizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db)).id;
  otherOrganizationId = (await givenOrganization(database.db)).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  otherCounselor = await givenStaff(database.db, otherOrganizationId, 'counselor');
});
afterAll(() => database.close());

async function programOf(ownerOrganizationId: string, code: string) {
  return (
    await createProgram(testDeps(database, clock))(systemContext(), {
      ownerOrganizationId,
      code,
      nameFr: `Programme ${code}`,
      nameEn: `Program ${code}`,
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
}

const open = async (ctx: Staff, givenName: string, familyName: string) =>
  (await createPerson(testDeps(database, clock))(ctx, { identity: { givenName, familyName } })).id;
const enrol = (ctx: Staff, programId: string, personId: string) =>
  enrolPerson(testDeps(database, clock))(ctx, { programId, personId, intake: { source: 'walk_in' } });

describe("a kept file's overview", () => {
  it("lists the merged file's enrolments marked with their file, audits them on it, and stops after the undo", async () => {
    const cej = await programOf(organizationId, 'CEJ');
    const ipr = await programOf(organizationId, 'IPR');
    const kept = await open(counselor, 'Yusuf', 'Karimi');
    const away = await open(counselor, 'Youssef', 'Karimi');
    await enrol(counselor, cej, kept);
    await enrol(counselor, ipr, away);
    // Another organization's merged file never shows here.
    const theirProgram = await programOf(otherOrganizationId, 'PIC');
    const theirKept = await open(otherCounselor, 'Yusuf', 'Karimi');
    const theirAway = await open(otherCounselor, 'Youssef', 'Karimi');
    await enrol(otherCounselor, theirProgram, theirAway);
    await mergePersonFiles(testDeps(database, clock))(otherCounselor, {
      keptPersonId: theirKept,
      mergedPersonId: theirAway,
    });

    const read = () => personOverview(testDeps(database, clock))(counselor, { personId: kept });
    // The caseload (list and total, by name and by urgency) counts the merged file out while merged.
    const caseload = async () => {
      const ids = [];
      for (const sort of ['name', 'urgency'] as const) {
        const page = await listCaseload(testDeps(database, clock))(counselor, {
          page: 1,
          pageSize: 50,
          sort,
        });
        ids.push({ sort, total: page.total, ids: page.items.map((i) => i.id).sort() });
      }
      return ids;
    };
    const listedBefore = await caseload();
    expect(listedBefore[0]?.ids).toEqual([kept, away].sort());
    expect((await read()).programs.map((p) => p.nameEn)).toEqual(['Program CEJ']);

    await mergePersonFiles(testDeps(database, clock))(counselor, {
      keptPersonId: kept,
      mergedPersonId: away,
    });
    const merged = await read();
    expect(await caseload()).toEqual(
      listedBefore.map((l) => ({ ...l, total: l.total - 1, ids: l.ids.filter((id) => id !== away) })),
    );
    expect(merged.programs.map((p) => [p.nameEn, p.fromMergedFile])).toEqual(
      expect.arrayContaining([
        ['Program CEJ', null],
        ['Program IPR', { personId: away, givenName: 'Youssef', familyName: 'Karimi' }],
      ]),
    );
    expect(merged.programs).toHaveLength(2);
    expect(merged.programs.map((p) => p.nameEn)).not.toContain('Program PIC');
    // The enrolments section says the same.
    const listed = await personEnrolments(testDeps(database, clock))(counselor, { personId: kept });
    expect(listed.items.map((i) => [i.programName, i.fromMergedFile?.personId ?? null]).sort()).toEqual([
      ['Program CEJ', null],
      ['Program IPR', away],
    ]);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'person.read')
      .where('person_id', '=', away)
      .execute();
    expect(audited).toHaveLength(1);
    const enrolmentsAudited = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'person.enrolments_read')
      .where('person_id', '=', away)
      .execute();
    expect(enrolmentsAudited).toHaveLength(1);

    const theirs = await personOverview(testDeps(database, clock))(otherCounselor, { personId: theirKept });
    expect(theirs.programs.map((p) => p.fromMergedFile?.personId)).toEqual([theirAway]);

    await undoPersonMerge(testDeps(database, clock))(counselor, { personId: away });
    expect((await read()).programs.map((p) => p.nameEn)).toEqual(['Program CEJ']);
    expect(await caseload()).toEqual(listedBefore);
    const after = await personEnrolments(testDeps(database, clock))(counselor, { personId: kept });
    expect(after.items.map((i) => i.fromMergedFile)).toEqual([null]);
  });
});
