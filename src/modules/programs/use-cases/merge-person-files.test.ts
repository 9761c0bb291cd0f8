import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { systemContext } from '../../../core/auth/actor.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { listDuplicatePairs } from '../../people/use-cases/duplicate-pairs.js';
import { personDuplicates } from '../../people/use-cases/person-duplicates.js';
import { undoPersonMerge } from '../../people/use-cases/undo-person-merge.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { createProgram } from './create-program.js';
import { endEnrolment } from './end-enrolment.js';
import { enrolPerson } from './enrol-person.js';
import { mergePersonFiles } from './merge-person-files.js';

/**
 * Merging two files of one organization (docs/duplicates.md): a redirect that moves nothing, so that
 * undoing it gives back both files exactly; refused for held files, files already in a merge, two
 * enrolments in force in one program, and roles other than counselors and coordinators.
 */
let database: TestDatabase;
const clock = fixedClock('2026-05-04T10:00:00Z');
let organizationId: string;
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let programId: string;
const files: Record<string, string> = {};
const intake = { source: 'partner_referral' as const };

beforeAll(async () => {
  database = await createTestDatabase();
  organizationId = (await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' })).id;
  counselor = await givenStaff(database.db, organizationId, 'counselor');
  const deps = testDeps(database, clock);
  programId = (
    await createProgram(deps)(systemContext(), {
      ownerOrganizationId: organizationId,
      code: 'CEJ',
      nameFr: 'Contrat d’engagement jeune',
      nameEn: 'Youth commitment contract',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    })
  ).id;
  const open = async (name: string, givenName: string, familyName: string, birthDate: string) => {
    files[name] = (
      await createPerson(deps)(counselor, { identity: { givenName, familyName, birthDate } })
    ).id;
  };
  await open('amina', 'Amina', 'Haddad', '2004-03-14');
  await open('aminaAgain', 'Amina', 'Hadad', '2004-03-14');
  await open('aminaThird', 'Aminah', 'Haddad', '2004-03-14');
  await open('yusuf', 'Yusuf', 'Karimi', '2003-07-02');
  await open('youssef', 'Youssef', 'Karimi', '2003-07-02');
  await open('restricted', 'Amina', 'Haddad', '2004-03-14');
  await enrolPerson(deps)(counselor, { programId, personId: files.amina!, intake });
  await enrolPerson(deps)(counselor, { programId, personId: files.aminaThird!, intake });
  await restrictProcessing(deps)(counselor, {
    personId: files.restricted!,
    reason: 'The person contests the accuracy of the file',
  });
});
afterAll(() => database.close());

/** Every row of every table that names one of these files, merges and the audit log aside. */
async function recordsOf(personIds: readonly string[]) {
  const tables = await sql<{ table_name: string; column_name: string }>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name LIKE '%person_id'
      AND table_name NOT IN ('person_merges', 'audit_events')
    ORDER BY table_name, column_name`.execute(database.db);
  const rows: Record<string, unknown[]> = {};
  for (const { table_name, column_name } of tables.rows) {
    const found = await sql<Record<string, unknown>>`
      SELECT * FROM ${sql.table(table_name)} WHERE ${sql.ref(column_name)}::text = ANY(${[...personIds]})
      ORDER BY 1`.execute(database.db);
    if (found.rows.length > 0) rows[`${table_name}.${column_name}`] = found.rows;
  }
  const people = await sql`SELECT * FROM people WHERE id::text = ANY(${[...personIds]}) ORDER BY id`.execute(
    database.db,
  );
  return { rows, people: people.rows };
}

/** What counselors see of these files: candidates of each, and the organization's pairs. */
async function viewsOf(personIds: readonly string[]) {
  const deps = testDeps(database, clock);
  const candidates = [];
  for (const personId of personIds) {
    const view = await personDuplicates(deps)(counselor, { personId });
    candidates.push({ items: view.items.map((i) => i.id), merges: view.merges });
  }
  const pairs = await listDuplicatePairs(deps)(counselor, { limit: 500 });
  return {
    candidates,
    pairs: pairs.pairs.map((p) => [p.first.id, p.second.id].sort().join('+')).sort(),
  };
}

describe('merging two files of one organization', () => {
  it('hides the merged file from candidates and pairs, points it to the kept file, and undoes exactly', async () => {
    const deps = testDeps(database, clock);
    const both = [files.yusuf!, files.youssef!];
    const records = await recordsOf(both);
    const views = await viewsOf(both);
    expect(views.candidates[0]?.items).toEqual([files.youssef]);

    const merged = await mergePersonFiles(deps)(counselor, {
      keptPersonId: files.yusuf!,
      mergedPersonId: files.youssef!,
    });
    expect(merged).toMatchObject({ keptPersonId: files.yusuf, mergedPersonId: files.youssef });
    const kept = await personDuplicates(deps)(counselor, { personId: files.yusuf! });
    expect(kept.items).toEqual([]);
    expect(kept.merges.mergedHere).toMatchObject([{ personId: files.youssef, givenName: 'Youssef' }]);
    const away = await personDuplicates(deps)(counselor, { personId: files.youssef! });
    expect(away.merges.mergedInto).toMatchObject({ personId: files.yusuf, givenName: 'Yusuf' });
    expect(away.items).toEqual([]);
    const pairs = await listDuplicatePairs(deps)(counselor, { limit: 500 });
    expect(pairs.pairs.flatMap((p) => [p.first.id, p.second.id])).not.toContain(files.youssef);
    const audited = await sql<{ resource_id: string; action: string }>`
      SELECT resource_id, action FROM audit_events WHERE action = 'person.merge' ORDER BY resource_id`.execute(
      database.db,
    );
    expect(audited.rows.map((r) => r.resource_id).sort()).toEqual([...both].sort());
    // Nothing moved: the files' records are untouched by the merge itself.
    expect(await recordsOf(both)).toEqual(records);

    await undoPersonMerge(deps)(counselor, { personId: files.youssef! });
    expect(await recordsOf(both)).toEqual(records);
    expect(await viewsOf(both)).toEqual(views);
    await expect(undoPersonMerge(deps)(counselor, { personId: files.youssef! })).rejects.toMatchObject({
      code: 'PERSON_MERGE_NOT_IN_FORCE',
    });
  });

  it('gives back both files exactly after any merge and its undo (property)', async () => {
    const deps = testDeps(database, clock);
    const mergeable = [files.amina!, files.aminaAgain!, files.yusuf!, files.youssef!];
    const records = await recordsOf(mergeable);
    const views = await viewsOf(mergeable);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...mergeable), { minLength: 2, maxLength: 2 }),
        async ([kept, merged]) => {
          await mergePersonFiles(deps)(counselor, { keptPersonId: kept!, mergedPersonId: merged! });
          await undoPersonMerge(deps)(counselor, { personId: merged! });
          expect(await recordsOf(mergeable)).toEqual(records);
          expect(await viewsOf(mergeable)).toEqual(views);
        },
      ),
      { numRuns: 8 },
    );
  });

  it('refuses held files, files already in a merge, two enrolments in force in one program, and other roles', async () => {
    const deps = testDeps(database, clock);
    const merge = (kept: string, merged: string, actor = counselor) =>
      mergePersonFiles(deps)(actor, { keptPersonId: files[kept]!, mergedPersonId: files[merged]! });
    await expect(merge('amina', 'restricted')).rejects.toMatchObject({ code: 'PERSON_MERGE_FILE_HELD' });
    const conflict = await merge('amina', 'aminaThird').catch((e) => e);
    expect(conflict).toMatchObject({ code: 'PERSON_MERGE_ENROLMENT_CONFLICT', status: 409 });
    expect(conflict.params).toEqual({ program: 'Youth commitment contract' });
    await merge('amina', 'aminaAgain');
    await expect(merge('aminaThird', 'aminaAgain')).rejects.toMatchObject({
      code: 'PERSON_MERGE_FILE_ALREADY_MERGED',
    });
    await expect(merge('aminaAgain', 'aminaThird')).rejects.toMatchObject({
      code: 'PERSON_MERGE_FILE_ALREADY_MERGED',
    });
    await undoPersonMerge(deps)(counselor, { personId: files.aminaAgain! });
    const referent = await givenStaff(database.db, organizationId, 'program_referent');
    await expect(merge('amina', 'aminaAgain', referent)).rejects.toMatchObject({ status: 403 });
    const outsider = await givenStaff(
      database.db,
      (await givenOrganization(database.db, { name: 'Ailleurs' })).id,
      'counselor',
    );
    await expect(merge('amina', 'aminaAgain', outsider)).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    // Once one enrolment is closed, the two files merge.
    const enrolments = await sql<{ id: string }>`
      SELECT id FROM enrolments WHERE person_id = ${files.aminaThird!}`.execute(database.db);
    await endEnrolment(deps)(counselor, {
      enrolmentId: enrolments.rows[0]!.id,
      status: 'withdrawn',
      endedOn: '2026-05-04',
    });
    await expect(merge('amina', 'aminaThird')).resolves.toMatchObject({ keptPersonId: files.amina });
  });
});
