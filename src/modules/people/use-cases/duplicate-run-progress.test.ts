import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenConsortium, givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { type RunPace, runConsortiumDuplicates } from '../duplicate-runs.js';
import { createPerson } from './create-person.js';
import { listDuplicateRuns } from './list-duplicate-runs.js';
import { startDuplicateRun } from './start-duplicate-run.js';

/**
 * A batch run over a million files spent most of its time reading the key blocks while its progress,
 * the pairs scored, stayed at 0 %. Its progress now has two phases; small pages here show the first
 * one moving.
 */
let database: TestDatabase;
let consortiumId: string;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;

beforeAll(async () => {
  database = await createTestDatabase();
  const coordination = (await givenOrganization(database.db, { name: 'Coordination Occitanie' })).id;
  const toulouse = (await givenOrganization(database.db, { name: 'Toulouse' })).id;
  const montpellier = (await givenOrganization(database.db, { name: 'Montpellier' })).id;
  consortiumId = (await givenConsortium(database.db, coordination, [toulouse, montpellier])).id;
  coordinator = await givenStaff(database.db, coordination, 'coordinator');
  const deps = testDeps(database);
  for (const [organizationId, givenName, familyName, birthDate] of [
    [toulouse, 'Yuriy', 'Ivanov', '1979-12-01'],
    [montpellier, 'Iouri', 'Ivanov', '1979-12-01'],
    [toulouse, 'Amina', 'Haddad', '2001-06-30'],
    [montpellier, 'Amina', 'Hadad', '2001-06-30'],
    [montpellier, 'Oksana', 'Melnyk', '1990-01-01'],
  ] as const) {
    const staff = await givenStaff(database.db, organizationId, 'counselor');
    await createPerson(deps)(staff, { identity: { givenName, familyName, birthDate } as never });
  }
});
afterAll(() => database.close());

describe('the progress of a batch run', () => {
  it('moves while the key blocks are read, then while the pairs are scored, each phase by its name', async () => {
    const deps = testDeps(database);
    const started = await startDuplicateRun(deps)(coordinator, { consortiumId });
    expect(started).toMatchObject({ phase: null, readKeys: 0, totalKeys: 0 });
    const changes: Parameters<NonNullable<RunPace['onProgress']>>[0][] = [];
    await runConsortiumDuplicates(deps, started.id, {
      keysPerRead: 3,
      pairsPerReport: 1,
      onProgress: (change) => changes.push(change),
    });

    const phases = changes.flatMap((c) => (c.phase ? [c.phase] : []));
    expect(phases).toEqual(['reading_keys', 'scoring']);
    const total = changes.find((c) => c.phase === 'reading_keys')?.totalKeys ?? 0;
    expect(total).toBeGreaterThan(6);
    const scoringAt = changes.findIndex((c) => c.phase === 'scoring');
    const read = changes
      .slice(0, scoringAt)
      .flatMap((c) => (c.readKeys !== undefined && c.phase === undefined ? [c.readKeys] : []));
    // Several reports strictly between nothing and everything, each further than the last.
    expect(read.filter((n) => n > 0 && n < total).length).toBeGreaterThan(1);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read.at(-1)).toBe(total);
    expect(changes.slice(scoringAt + 1).some((c) => c.scoredPairs !== undefined)).toBe(true);

    const { runs } = await listDuplicateRuns(deps)(coordinator, {});
    expect(runs[0]).toMatchObject({
      id: started.id,
      status: 'done',
      phase: 'scoring',
      readKeys: total,
      totalKeys: total,
      foundPairs: 2,
    });
    expect(runs[0]?.scoredPairs).toBe(runs[0]?.comparedPairs);
  });
});
