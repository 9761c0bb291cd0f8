import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenFollowUpScene } from '../../../../test/support/follow-up-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { completeTask } from '../../tasks/use-cases/complete-task.js';
import { createTask } from '../../tasks/use-cases/create-task.js';
import { agenda } from './agenda.js';
import { cancelAppointment } from './cancel-appointment.js';
import { scheduleAppointment } from './schedule-appointment.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-09T07:00:00Z');
let scene: Awaited<ReturnType<typeof givenFollowUpScene>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenFollowUpScene(database, clock);
  personId = await scene.newPerson('Samir');
});
afterAll(() => database.close());

const schedule = (startsAt: string, durationMinutes = 60, staff = scene.staff.counselor) =>
  scheduleAppointment(scene.deps)(staff, { personId, mode: 'phone', startsAt, durationMinutes });

describe('the agenda', () => {
  it('shows a day or the Monday-to-Sunday week, with overlapping appointments flagged both ways', async () => {
    const monday = await schedule('2026-03-09T09:00:00Z');
    const overlap = await schedule('2026-03-09T09:30:00Z', 30);
    const cancelled = await schedule('2026-03-09T09:45:00Z', 30);
    await cancelAppointment(scene.deps)(scene.staff.counselor, { appointmentId: cancelled.id });
    const sunday = await schedule('2026-03-15T23:00:00Z', 30);
    await schedule('2026-03-16T08:00:00Z');
    await schedule('2026-03-09T09:00:00Z', 60, scene.staff.colleague);

    const week = await agenda(scene.deps)(scene.staff.counselor, { view: 'week', date: '2026-03-12' });
    expect(week.from).toBe('2026-03-09');
    expect(week.to).toBe('2026-03-15');
    expect(week.items.map((i) => i.id)).toEqual([monday.id, overlap.id, cancelled.id, sunday.id]);
    expect(week.items.find((i) => i.id === monday.id)?.conflictsWith).toEqual([overlap.id]);
    expect(week.items.find((i) => i.id === overlap.id)?.conflictsWith).toEqual([monday.id]);
    expect(week.items.find((i) => i.id === cancelled.id)?.conflictsWith).toEqual([]);
    expect(week.items[0]?.personName).toBe('Samir Test');

    const day = await agenda(scene.deps)(scene.staff.counselor, { view: 'day', date: '2026-03-15' });
    expect(day.items.map((i) => i.id)).toEqual([sunday.id]);
    // Today by default, from the clock.
    const today = await agenda(scene.deps)(scene.staff.counselor, { view: 'day' });
    expect(today.from).toBe('2026-03-09');
  });

  it('lists the open tasks due on its days: not those done, due another week, or a colleague’s', async () => {
    const task = (title: string, dueOn: string, staff = scene.staff.counselor) =>
      createTask(scene.deps)(staff, { title, dueOn, personId });
    const call = await task('Call after the 3-month mark', '2026-03-11');
    const done = await task('Ask for the contract', '2026-03-12');
    await completeTask(scene.deps)(scene.staff.counselor, { taskId: done.id, done: true });
    await task('Next week', '2026-03-16');
    await task('A colleague’s call', '2026-03-11', scene.staff.colleague);

    const week = await agenda(scene.deps)(scene.staff.counselor, { view: 'week', date: '2026-03-12' });
    expect(week.tasks).toEqual([
      {
        id: call.id,
        title: 'Call after the 3-month mark',
        dueOn: '2026-03-11',
        person: { id: personId, name: 'Samir Test' },
      },
    ]);
    const otherDay = await agenda(scene.deps)(scene.staff.counselor, { view: 'day', date: '2026-03-12' });
    expect(otherDay.tasks).toEqual([]);
  });

  it('a colleague’s agenda is readable inside the organization only', async () => {
    const theirs = await agenda(scene.deps)(scene.staff.counselor, {
      view: 'day',
      date: '2026-03-09',
      userId: scene.staff.colleague.actor.userId,
    });
    expect(theirs.items).toHaveLength(1);
    expect(theirs.staff.map((s) => s.userId)).toContain(scene.staff.colleague.actor.userId);
    expect(theirs.staff.map((s) => s.userId)).not.toContain(scene.staff.funder.actor.userId);
    await expect(
      agenda(scene.deps)(scene.staff.outsider, { view: 'day', userId: scene.staff.counselor.actor.userId }),
    ).rejects.toMatchObject({ code: 'APPOINTMENT_STAFF_NOT_FOUND' });
    await expect(agenda(scene.deps)(scene.staff.funder, { view: 'day' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
