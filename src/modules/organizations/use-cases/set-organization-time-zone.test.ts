import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { rebuildOrganizationsFigures } from '../../sessions/api.js';
import { createTask } from '../../tasks/use-cases/create-task.js';
import { countMyTasks } from '../../tasks/use-cases/list-tasks.js';
import { myOrganization } from './my-organization.js';
import { setOrganizationTimeZone as setTimeZoneFollowed } from './set-organization-time-zone.js';

let database: TestDatabase;
// 23:30 UTC on 3 December: the 4th in Paris, still the 3rd in UTC.
const deps = () => testDeps(database, fixedClock('2026-12-03T23:30:00Z'));
// As the composition root gives it (sessions' figures follow the zone: session-figures-zone-change.test.ts).
const setOrganizationTimeZone = setTimeZoneFollowed(rebuildOrganizationsFigures);
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const auditOf = (organizationId: string) =>
  database.db
    .selectFrom('audit_events')
    .select(['action', 'details'])
    .where('action', '=', 'organization.time_zone_set')
    .where('organization_id', '=', organizationId)
    .execute();

describe('the organization’s time zone', () => {
  it('is set by an administrator, audited with both zones, and moves the organization’s today', async () => {
    const organization = await givenOrganization(database.db, { name: 'Mission Locale de Lyon' });
    const administrator = await givenStaff(database.db, organization.id, 'administrator');
    const counselor = await givenStaff(database.db, organization.id, 'counselor');
    await createTask(deps())(counselor, { title: 'Call back', dueOn: '2026-12-04' });
    expect(await countMyTasks(deps())(counselor, {})).toMatchObject({ today: 0, upcoming: 1 });

    const changed = await setOrganizationTimeZone(deps())(administrator, { timeZone: 'Europe/Paris' });
    expect(changed).toMatchObject({ id: organization.id, timeZone: 'Europe/Paris' });
    expect((await myOrganization(deps())(counselor, {})).organization.timeZone).toBe('Europe/Paris');
    expect(await countMyTasks(deps())(counselor, {})).toMatchObject({ today: 1, upcoming: 0 });
    const entries = await auditOf(organization.id);
    expect(entries).toHaveLength(1);
    const details = entries[0]!.details;
    expect(typeof details === 'string' ? JSON.parse(details) : details).toEqual({
      from: 'UTC',
      to: 'Europe/Paris',
    });

    // Setting the same zone again changes nothing and writes nothing.
    await setOrganizationTimeZone(deps())(administrator, { timeZone: 'Europe/Paris' });
    expect(await auditOf(organization.id)).toHaveLength(1);
  });

  it('is refused to every other role and to a zone Intl does not know, and changes nothing', async () => {
    const organization = await givenOrganization(database.db, { timeZone: 'America/Toronto' });
    for (const role of ['director', 'coordinator', 'counselor', 'funder'] as const) {
      const staff = await givenStaff(database.db, organization.id, role);
      await expect(
        setOrganizationTimeZone(deps())(staff, { timeZone: 'Europe/Paris' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const administrator = await givenStaff(database.db, organization.id, 'administrator');
    for (const timeZone of ['Europe/Pariss', '+02:00', 'EST5EDT ', '', 'x'.repeat(61)])
      await expect(
        setOrganizationTimeZone(deps())(administrator, { timeZone }),
        timeZone,
      ).rejects.toMatchObject({ name: 'ZodError' });
    expect((await myOrganization(deps())(administrator, {})).organization.timeZone).toBe('America/Toronto');
    expect(await auditOf(organization.id)).toEqual([]);
  });
});
