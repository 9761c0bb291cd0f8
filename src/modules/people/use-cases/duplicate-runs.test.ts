import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { countEnrolmentsUnder } from '../../programs/api.js';
import { runConsortiumDuplicates } from '../duplicate-runs.js';
import { anonymizePersonFile } from '../privacy.js';
import { listConsortiumDuplicatePairs } from './consortium-duplicate-pairs.js';
import { createPerson } from './create-person.js';
import { decideDuplicate } from './decide-duplicate.js';
import { listDuplicateRuns } from './list-duplicate-runs.js';
import { startDuplicateRun } from './start-duplicate-run.js';

/**
 * The batch run over a consortium (docs/duplicates.md): the coordination starts it and reads figures by
 * pair of members, never a file; each member reads its own files the run found, with a reference to
 * decide on that names nobody.
 */
let database: TestDatabase;
let consortiumId: string;
let lyonId: string;
let grenobleId: string;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
let lyon: Awaited<ReturnType<typeof givenStaff>>;
let grenoble: Awaited<ReturnType<typeof givenStaff>>;
const files: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const coordination = (await givenOrganization(database.db, { name: 'Coordination Auvergne-Rhône-Alpes' }))
    .id;
  lyonId = (await givenOrganization(database.db, { name: 'Lyon' })).id;
  grenobleId = (await givenOrganization(database.db, { name: 'Grenoble' })).id;
  consortiumId = (await givenConsortium(database.db, coordination, [lyonId, grenobleId])).id;
  coordinator = await givenStaff(database.db, coordination, 'coordinator');
  lyon = await givenStaff(database.db, lyonId, 'counselor');
  grenoble = await givenStaff(database.db, grenobleId, 'counselor');
  const deps = testDeps(database);
  const open = async (staff: typeof lyon, name: string, identity: Record<string, unknown>) => {
    files[name] = (await createPerson(deps)(staff, { identity: identity as never })).id;
  };
  await open(lyon, 'yuriy', { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '1979-12-01' });
  await open(lyon, 'jurij', { givenName: 'Jurij', familyName: 'Ivanov', birthDate: '1979-12-01' });
  await open(grenoble, 'iouri', {
    givenName: 'Iouri',
    familyName: 'Ivanov',
    givenNameOriginal: 'Юрий',
    familyNameOriginal: 'Иванов',
    birthDate: '1979-12-01',
  });
  await open(lyon, 'amina', { givenName: 'Amina', familyName: 'Haddad', birthDate: '2001-06-30' });
  await open(grenoble, 'aminaElsewhere', {
    givenName: 'Amina',
    familyName: 'Hadad',
    birthDate: '2001-06-30',
  });
  await open(grenoble, 'stranger', { givenName: 'Oksana', familyName: 'Melnyk', birthDate: '1990-01-01' });
});
afterAll(() => database.close());

describe('the batch run over a consortium', () => {
  it('gives the coordination figures by pair of members and each member its own files to review', async () => {
    const deps = testDeps(database);
    const started = await startDuplicateRun(deps)(coordinator, { consortiumId });
    expect(started).toMatchObject({ status: 'queued', consortium: { id: consortiumId } });
    await runConsortiumDuplicates(deps, started.id);
    const { runs, consortia } = await listDuplicateRuns(deps)(coordinator, {});
    expect(consortia.map((c) => c.id)).toEqual([consortiumId]);
    expect(runs[0]).toMatchObject({ id: started.id, status: 'done', foundPairs: 3 });
    expect(runs[0]?.scoredPairs).toBe(runs[0]?.comparedPairs);
    // Yuriy and Jurij of Lyon are each a pair with Iouri of Grenoble; Amina with Amina: figures only.
    expect(runs[0]?.figures).toEqual([
      {
        first: expect.objectContaining({ name: expect.any(String) }),
        second: expect.objectContaining({ name: expect.any(String) }),
        pairs: 3,
      },
    ]);
    const seen = JSON.stringify(runs);
    for (const id of Object.values(files)) expect(seen).not.toContain(id);
    for (const name of ['Yuriy', 'Iouri', 'Amina', 'Ivanov']) expect(seen).not.toContain(name);

    const mine = await listConsortiumDuplicatePairs(deps)(lyon, { limit: 100 });
    expect(mine.run?.id).toBe(started.id);
    expect(mine.items.map((i) => i.file.id).sort()).toEqual([files.yuriy, files.jurij, files.amina].sort());
    const listed = JSON.stringify(mine);
    for (const id of [files.iouri, files.aminaElsewhere, grenobleId]) expect(listed).not.toContain(id);
    const theirs = await listConsortiumDuplicatePairs(deps)(grenoble, { limit: 100 });
    expect(theirs.items.map((i) => i.file.id).sort()).toEqual(
      [files.iouri, files.iouri, files.aminaElsewhere].sort(),
    );

    // Lyon links Amina's files: the pair leaves both lists, not asked again.
    const amina = mine.items.find((i) => i.file.id === files.amina)!;
    expect(amina.reasons).toContain('birth_date_equal');
    await decideDuplicate(countEnrolmentsUnder)(deps)(lyon, {
      personId: files.amina!,
      elsewhereReference: amina.reference!,
      decision: 'same',
    });
    expect(
      (await listConsortiumDuplicatePairs(deps)(lyon, { limit: 100 })).items.map((i) => i.file.id),
    ).not.toContain(files.amina);
    expect(
      (await listConsortiumDuplicatePairs(deps)(grenoble, { limit: 100 })).items.map((i) => i.file.id),
    ).not.toContain(files.aminaElsewhere);
  });

  it('scores in worker threads as on one thread: the same pairs, scores and reasons, and progress to the end', async () => {
    const deps = testDeps(database);
    const found = async () =>
      Promise.all(
        [lyon, grenoble].map(async (staff) =>
          (await listConsortiumDuplicatePairs(deps)(staff, { limit: 100 })).items
            .map(({ file, reasons, score }) => ({ id: file.id, reasons, score }))
            .sort((x, y) => x.id.localeCompare(y.id)),
        ),
      );
    const oneThread = await startDuplicateRun(deps)(coordinator, { consortiumId });
    await runConsortiumDuplicates(deps, oneThread.id);
    const alone = await found();
    expect(alone[0]).toHaveLength(2);

    const inWorkers = await startDuplicateRun(deps)(coordinator, { consortiumId });
    const scored: number[] = [];
    await runConsortiumDuplicates(deps, inWorkers.id, {
      keysPerRead: 100_000,
      pairsPerReport: 1,
      parallelFrom: 1,
      // One pair at a time: both workers get some, each file sent once to each.
      pairsPerChunk: 1,
      onProgress: (change) => {
        if (change.scoredPairs !== undefined) scored.push(change.scoredPairs);
      },
    });
    expect(await found()).toEqual(alone);
    const { runs } = await listDuplicateRuns(deps)(coordinator, {});
    const run = runs.find((r) => r.id === inWorkers.id);
    expect(run).toMatchObject({ status: 'done', foundPairs: 2 });
    expect(scored.at(-1)).toBe(run?.comparedPairs);
  }, 60_000);

  it('is run only by the coordination of the consortium; members find nothing to run', async () => {
    const deps = testDeps(database);
    await expect(startDuplicateRun(deps)(lyon, { consortiumId })).rejects.toMatchObject({ status: 403 });
    const memberCoordinator = await givenStaff(database.db, lyonId, 'coordinator');
    await expect(startDuplicateRun(deps)(memberCoordinator, { consortiumId })).rejects.toMatchObject({
      code: 'DUPLICATE_RUN_CONSORTIUM_NOT_FOUND',
    });
    expect(await listDuplicateRuns(deps)(memberCoordinator, {})).toEqual({ consortia: [], runs: [] });
  });

  it('forgets an anonymized file: no member is shown a pair naming it any more', async () => {
    const deps = testDeps(database);
    const run = await startDuplicateRun(deps)(coordinator, { consortiumId });
    await runConsortiumDuplicates(deps, run.id);
    const before = await listConsortiumDuplicatePairs(deps)(lyon, { limit: 100 });
    expect(before.items.map((i) => i.file.id).sort()).toEqual([files.yuriy, files.jurij].sort());
    await anonymizePersonFile(database.db, deps.keyRing, grenobleId, files.iouri!, {
      at: new Date(),
      by: null,
      reason: 'The person asked for erasure',
      pseudonym: 'P-0001',
    });
    expect((await listConsortiumDuplicatePairs(deps)(lyon, { limit: 100 })).items).toEqual([]);
    expect((await listConsortiumDuplicatePairs(deps)(grenoble, { limit: 100 })).items).toEqual([]);
  });
});
