import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { endPlacementEarly } from '../../placements/use-cases/end-placement-early.js';
import { recordPlacement } from '../../placements/use-cases/record-placement.js';
import { listCaseload } from './list-caseload.js';
import { personOverview } from './person-overview.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-20T09:00:00Z');
let me: Awaited<ReturnType<typeof givenStaff>>;
const ids: Record<string, string> = {};

/**
 * Today is 20 November 2026 and the window is 30 days. Ana's insertion contract ends on 10 December
 * (an alert), Ben's on 15 January (none yet), Cléo's ended early (none), Dan has a CDI (none).
 */
beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, { name: 'PLIE des Graves' });
  me = await givenStaff(database.db, organization.id, 'counselor');
  const employerId = (await createEmployer(deps)(me, { name: 'Chantier Rive Droite', country: 'FR' })).id;
  for (const name of ['Ana', 'Ben', 'Cléo', 'Dan'])
    ids[name] = (
      await createPerson(deps)(me, {
        identity: { givenName: name, familyName: 'Test', referentUserId: me.actor.userId },
      })
    ).id;
  const contract = (name: string, plannedEndOn: string | null, contractType = 'siae_insertion' as const) =>
    recordPlacement(deps)(me, {
      personId: ids[name]!,
      employerId,
      jobTitle: 'Ouvrier du bâtiment',
      contractType,
      startsOn: '2026-06-15',
      plannedEndOn,
    });
  await contract('Ana', '2026-12-10');
  await contract('Ben', '2027-01-15');
  const ended = await contract('Cléo', '2026-12-05');
  await endPlacementEarly(deps)(me, {
    placementId: ended.id,
    endedOn: '2026-11-10',
    reason: 'hired_elsewhere',
  });
  await recordPlacement(deps)(me, {
    personId: ids.Dan!,
    employerId,
    jobTitle: 'Maçon',
    contractType: 'cdi',
    startsOn: '2026-06-15',
  });
});
afterAll(() => database.close());

const list = (query: Partial<Parameters<ReturnType<typeof listCaseload>>[1]> = {}) =>
  listCaseload(testDeps(database, clock))(me, { page: 1, pageSize: 50, sort: 'name', ...query });

describe('the caseload’s alert of a contract ending', () => {
  it('flags the people whose contract reaches its term within the window, and filters on it', async () => {
    const rows = new Map((await list()).items.map((i) => [i.givenName, i.alerts]));
    expect(Object.fromEntries(rows)).toEqual({ Ana: ['contractEnding'], Ben: [], Cléo: [], Dan: [] });
    expect((await list({ alerts: 'contractEnding' })).items.map((i) => i.givenName)).toEqual(['Ana']);
    expect((await list({ alerts: 'any' })).items.map((i) => i.givenName)).toEqual(['Ana']);
  });

  it('shows it on the person’s overview too', async () => {
    const overview = await personOverview(testDeps(database, clock))(me, { personId: ids.Ana! });
    expect(JSON.stringify(overview)).toContain('contractEnding');
  });
});
