import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene, givenNote } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { listCaseload } from './list-caseload.js';
import { personOverview } from './person-overview.js';

/**
 * 02:00 UTC on 10 March is 21:00 on 9 March in Louisville: a call made an hour ago is a contact of the
 * 9th, today there, and counts in the window ending today (the window ended at UTC's midnight before).
 */
let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
let personId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, fixedClock('2026-03-10T02:00:00Z'), 1);
  await database.db
    .updateTable('organizations')
    .set({ time_zone: 'America/New_York' })
    .where('id', '=', scene.organization.id)
    .execute();
  personId = await scene.newPerson('Evening', { enrolledOn: '2026-02-01' });
  await givenNote(database, {
    organizationId: scene.organization.id,
    personId,
    occurredAt: '2026-03-10T01:00:00Z',
    kind: 'phone_call',
    authorUserId: scene.staff.counselor.actor.userId,
  });
});
afterAll(() => database.close());

describe("the caseload's signals count the organization's days", () => {
  it("dates the evening call on the 9th and counts it in today's window", async () => {
    const overview = await personOverview(scene.deps)(scene.staff.counselor, { personId });
    expect(overview.followUp).toMatchObject({ lastContactOn: '2026-03-09', contactsLast30Days: 1 });
    expect(overview.followUp?.alerts).not.toContain('lowIntensity');
    const low = await listCaseload(scene.deps)(scene.staff.counselor, {
      alerts: 'lowIntensity',
      page: 1,
      pageSize: 50,
    });
    expect(low.items.map((i) => i.id)).not.toContain(personId);
  });
});
