import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenStaff } from '../../../../test/support/fixtures.js';
import { givenAppointment, givenFollowUpScene, givenNote } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { programIntensity } from './program-intensity.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-20T12:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
  const staffUserId = scene.staff.counselor.actor.userId;
  const org = scene.organization.id;
  const a = await scene.newPerson('A', { enrolledOn: '2026-01-10' });
  const b = await scene.newPerson('B', { enrolledOn: '2026-02-15' });
  await scene.newPerson('C', { enrolledOn: '2026-03-01' });
  const notEnrolled = await scene.newPerson('D');
  const on = (personId: string) => ({
    organizationId: org,
    personId,
    staffUserId,
    authorUserId: staffUserId,
  });
  // A: 2 in January, 5 in February, 1 in March. B: 1 in February, 3 in March. C: none. D is not in the program.
  for (const day of ['2026-01-12', '2026-01-30'])
    await givenAppointment(database, { ...on(a), startsAt: `${day}T09:00:00Z`, status: 'held' });
  for (const day of ['02', '05', '10', '20'])
    await givenNote(database, { ...on(a), occurredAt: `2026-02-${day}T10:00:00Z`, kind: 'phone_call' });
  await givenAppointment(database, { ...on(a), startsAt: '2026-02-28T23:30:00Z', status: 'held' });
  await givenAppointment(database, { ...on(a), startsAt: '2026-03-02T09:00:00Z', status: 'held' });
  await givenAppointment(database, { ...on(a), startsAt: '2026-03-05T09:00:00Z', status: 'missed' });
  await givenNote(database, { ...on(b), occurredAt: '2026-02-16T10:00:00Z', kind: 'message' });
  await givenNote(database, { ...on(b), occurredAt: '2026-02-17T10:00:00Z', kind: 'partner_exchange' });
  for (const day of ['03', '04', '19'])
    await givenNote(database, { ...on(b), occurredAt: `2026-03-${day}T10:00:00Z`, kind: 'home_visit' });
  await givenAppointment(database, { ...on(notEnrolled), startsAt: '2026-03-02T09:00:00Z', status: 'held' });
});
afterAll(() => database.close());

describe('the program’s intensity of accompaniment', () => {
  it('gives contacts per person per month: median, distribution and people below the expected two', async () => {
    const result = await programIntensity(scene.deps)(scene.staff.coordinator, {
      programId: scene.programId,
      months: 3,
    });
    expect(result).toMatchObject({ expectedContactsPerMonth: 2, scope: 'program', today: '2026-03-20' });
    expect(result.months).toEqual([
      {
        month: '2026-01',
        people: 1,
        contacts: 2,
        median: 2,
        histogram: { '0': 0, '1': 0, '2': 1, '3': 0, '4+': 0 },
        belowExpected: 0,
      },
      {
        month: '2026-02',
        people: 2,
        contacts: 6,
        median: 3,
        histogram: { '0': 0, '1': 1, '2': 0, '3': 0, '4+': 1 },
        belowExpected: 1,
      },
      {
        month: '2026-03',
        people: 3,
        contacts: 4,
        median: 1,
        histogram: { '0': 1, '1': 1, '2': 0, '3': 1, '4+': 0 },
        // On the 20th, one contact of the two a month is what is expected so far: only C is below.
        belowExpected: 1,
      },
    ]);
  });

  it('funders read the same figures; other organizations and counselors do not', async () => {
    const asFunder = await programIntensity(scene.deps)(scene.staff.funder, {
      programId: scene.programId,
      months: 1,
    });
    expect(asFunder.months[0]).toMatchObject({ month: '2026-03', people: 3 });
    expect(JSON.stringify(asFunder)).not.toMatch(/personId|givenName/);
    const outsideCoordinator = await givenStaff(database.db, scene.other.id, 'coordinator');
    await expect(
      programIntensity(scene.deps)(outsideCoordinator, { programId: scene.programId }),
    ).rejects.toMatchObject({ code: 'PROGRAM_NOT_FOUND' });
    await expect(
      programIntensity(scene.deps)(scene.staff.counselor, { programId: scene.programId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
