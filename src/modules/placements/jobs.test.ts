import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { runDueJobs } from '../../core/jobs/job-queue.js';
import { createEmployer } from '../employers/use-cases/create-employer.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { restrictProcessing } from '../privacy/use-cases/restrict-processing.js';
import { placementJobHandlers, scheduleEndAlertSweep } from './jobs.js';
import { changePlacementSettings } from './use-cases/placement-settings.js';
import { recordPlacement } from './use-cases/record-placement.js';
import { renewPlacement } from './use-cases/renew-placement.js';

let database: TestDatabase;
const clock = fixedClock('2026-11-01T05:00:00Z');
let deps: ReturnType<typeof testDeps>;
let referent: Awaited<ReturnType<typeof givenStaff>>;
let coordinator: Awaited<ReturnType<typeof givenStaff>>;
let employerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const organization = await givenOrganization(database.db, {
    name: 'PLIE des Graves',
    timeZone: 'Europe/Paris',
  });
  referent = await givenStaff(database.db, organization.id, 'counselor', { displayName: 'Léa' });
  coordinator = await givenStaff(database.db, organization.id, 'coordinator');
  employerId = (await createEmployer(deps)(referent, { name: 'La Table Ouverte', country: 'FR' })).id;
});
afterAll(() => database.close());

async function drain() {
  for (let i = 0; i < 4; i++) await runDueJobs(deps, placementJobHandlers, { limit: 100 });
}
const tasksOf = (personId: string) =>
  database.db
    .selectFrom('tasks')
    .select(['title', 'due_on', 'assignee_user_id'])
    .where('person_id', '=', personId)
    .execute();

async function personWithContract(givenName: string, plannedEndOn: string, referentUserId: string) {
  const personId = (
    await createPerson(deps)(referent, { identity: { givenName, familyName: 'Test', referentUserId } })
  ).id;
  const { id } = await recordPlacement(deps)(referent, {
    personId,
    employerId,
    jobTitle: 'Commis de cuisine',
    contractType: 'siae_insertion',
    startsOn: '2026-06-01',
    plannedEndOn,
  });
  return { personId, placementId: id };
}

describe('the daily end-alert sweep', () => {
  it('gives the referent one task per term within the window, again after a renewal when the new term nears', async () => {
    const soon = await personWithContract('Ana', '2026-11-25', referent.actor.userId);
    const later = await personWithContract('Ben', '2027-01-20', referent.actor.userId);
    const restricted = await personWithContract('Dan', '2026-11-22', referent.actor.userId);
    await restrictProcessing(deps)(coordinator, { personId: restricted.personId, reason: 'objection' });

    clock.set('2026-11-01T06:00:00Z');
    await scheduleEndAlertSweep(deps);
    await drain();
    const tasks = await tasksOf(soon.personId);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      title: 'Fin de contrat le 2026-11-25 : Commis de cuisine chez La Table Ouverte',
      assignee_user_id: referent.actor.userId,
    });
    expect(String(tasks[0]?.due_on).slice(0, 10) <= '2026-11-18').toBe(true);
    expect(await tasksOf(later.personId)).toHaveLength(0);
    expect(await tasksOf(restricted.personId)).toHaveLength(0);

    // The next day's sweep (and a second one the same day) gives nothing again for the same term.
    clock.set('2026-11-02T06:00:00Z');
    await scheduleEndAlertSweep(deps);
    await drain();
    await scheduleEndAlertSweep(deps);
    await drain();
    expect(await tasksOf(soon.personId)).toHaveLength(1);

    // Renewed: the new term alerts once it is within the window.
    await renewPlacement(deps)(referent, {
      placementId: soon.placementId,
      newEndOn: '2027-02-28',
      decidedOn: '2026-11-02',
    });
    clock.set('2027-01-29T06:00:00Z');
    await scheduleEndAlertSweep(deps);
    await drain();
    const afterRenewal = await tasksOf(soon.personId);
    expect(afterRenewal.map((t) => t.title)).toContain(
      'Fin de contrat le 2027-02-28 : Commis de cuisine chez La Table Ouverte',
    );
    expect(afterRenewal).toHaveLength(2);
  });

  it('follows the organization’s window', async () => {
    clock.set('2027-03-01T06:00:00Z');
    await changePlacementSettings(deps)(coordinator, { endAlertDays: 60 });
    const far = await personWithContract('Eve', '2027-04-25', referent.actor.userId);
    await scheduleEndAlertSweep(deps);
    await drain();
    expect(await tasksOf(far.personId)).toHaveLength(1);
    const audited = await database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'placement.end_alert')
      .execute();
    expect(audited.length).toBeGreaterThanOrEqual(3);
  });
});
