import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { restrictProcessing } from '../../privacy/use-cases/restrict-processing.js';
import { listPersonTimeline } from '../../timeline/use-cases/list-person-timeline.js';
import { changeTask } from './change-task.js';
import { completeTask } from './complete-task.js';
import { createTask } from './create-task.js';
import { countMyTasks, listMyTasks, listPersonTasks } from './list-tasks.js';
import { reassignTask } from './reassign-task.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-10T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let staff: Record<
  'nadia' | 'karim' | 'director' | 'funder' | 'outsider' | 'administrator',
  Awaited<ReturnType<typeof givenStaff>>
>;
let personId: string;
const today = '2026-03-10';

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  const mine = await givenOrganization(database.db, { name: 'Mission Locale de Toulouse' });
  const other = await givenOrganization(database.db, { name: 'Mission Locale de Nîmes' });
  staff = {
    nadia: await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Nadia' }),
    karim: await givenStaff(database.db, mine.id, 'counselor', { displayName: 'Karim' }),
    director: await givenStaff(database.db, mine.id, 'director'),
    administrator: await givenStaff(database.db, mine.id, 'administrator'),
    funder: await givenStaff(database.db, mine.id, 'funder'),
    outsider: await givenStaff(database.db, other.id, 'counselor'),
  };
  personId = (
    await createPerson(deps)(staff.nadia, { identity: { givenName: 'Amina', familyName: 'Haddad' } })
  ).id;
});
afterAll(() => database.close());

const bucket = (who: keyof typeof staff, name: 'overdue' | 'today' | 'upcoming' | 'done') =>
  listMyTasks(deps)(staff[who], { bucket: name });

describe('tasks', () => {
  it('gives a colleague a task on a person, which they see in their buckets and complete; the timeline shows it', async () => {
    const { id } = await createTask(deps)(staff.nadia, {
      title: 'Call Amina about the CV workshop',
      note: 'She prefers mornings',
      dueOn: today,
      personId,
      assigneeUserId: staff.karim.actor.userId,
    });
    await createTask(deps)(staff.karim, { title: 'Order badges', dueOn: '2026-03-09' });
    await createTask(deps)(staff.karim, { title: 'Plan April', dueOn: '2026-04-01' });
    expect(await countMyTasks(deps)(staff.karim, {})).toEqual({ overdue: 1, today: 1, upcoming: 1 });
    const due = await bucket('karim', 'today');
    expect(due.items).toMatchObject([
      {
        id,
        title: 'Call Amina about the CV workshop',
        person: { id: personId, name: 'Amina Haddad' },
        assignee: { name: 'Karim' },
        createdBy: { name: 'Nadia' },
        doneAt: null,
      },
    ]);
    const given = await listMyTasks(deps)(staff.nadia, { bucket: 'today', assigned: 'byMe' });
    expect(given.items.map((t) => t.id)).toEqual([id]);

    clock.set('2026-03-10T15:00:00Z');
    expect(await completeTask(deps)(staff.karim, { taskId: id, done: true })).toEqual({ id, changed: true });
    expect(await completeTask(deps)(staff.karim, { taskId: id, done: true })).toEqual({ id, changed: false });
    expect((await bucket('karim', 'done')).items).toMatchObject([{ id, doneByName: 'Karim' }]);
    expect(await countMyTasks(deps)(staff.karim, {})).toMatchObject({ today: 0 });

    const timeline = await listPersonTimeline(deps)(staff.director, { personId, modules: ['tasks'] });
    expect(timeline.items.map((e) => [e.kind, e.data.title])).toEqual([
      ['task.completed', 'Call Amina about the CV workshop'],
      ['task.created', 'Call Amina about the CV workshop'],
    ]);
    expect(JSON.stringify(timeline.items)).not.toContain('mornings');
    const audits = await database.db
      .selectFrom('audit_events')
      .select(['action', 'person_id'])
      .where('resource_id', '=', id)
      .orderBy('occurred_at')
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['task.create', 'task.complete']);
    expect(audits.every((a) => a.person_id === personId)).toBe(true);
  });

  it('scopes a task on a person like the file, and a task on nobody to its author and assignee', async () => {
    const onPerson = await createTask(deps)(staff.nadia, { title: 'Check the file', dueOn: today, personId });
    const private_ = await createTask(deps)(staff.nadia, { title: 'My own reminder', dueOn: today });
    // The director sees the person, so the task on them; not Nadia's own reminder.
    await expect(
      changeTask(deps)(staff.director, { taskId: onPerson.id, title: 'Check the whole file', dueOn: today }),
    ).resolves.toEqual({ id: onPerson.id });
    await expect(completeTask(deps)(staff.karim, { taskId: private_.id, done: true })).rejects.toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
    await expect(
      completeTask(deps)(staff.outsider, { taskId: onPerson.id, done: true }),
    ).rejects.toMatchObject({
      code: 'TASK_NOT_FOUND',
    });
    await expect(listPersonTasks(deps)(staff.outsider, { personId, include: 'open' })).rejects.toMatchObject({
      code: 'PERSON_NOT_FOUND',
    });
    await expect(createTask(deps)(staff.funder, { title: 'x', dueOn: today })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      createTask(deps)(staff.outsider, { title: 'Someone else’s person', dueOn: today, personId }),
    ).rejects.toMatchObject({ code: 'PERSON_NOT_FOUND' });
    const listed = await listPersonTasks(deps)(staff.administrator, { personId, include: 'all' });
    expect(listed.items.map((t) => t.title)).toContain('Check the whole file');
    expect(listed.items.map((t) => t.title)).not.toContain('My own reminder');
  });

  it('reassigns to an active colleague of the organization only, audited with both staff', async () => {
    const { id } = await createTask(deps)(staff.nadia, { title: 'Prepare the committee', dueOn: today });
    for (const who of [staff.outsider, staff.funder]) {
      await expect(
        reassignTask(deps)(staff.nadia, { taskId: id, assigneeUserId: who.actor.userId }),
      ).rejects.toMatchObject({ code: 'TASK_ASSIGNEE_NOT_COLLEAGUE' });
      await expect(
        createTask(deps)(staff.nadia, { title: 'x', dueOn: today, assigneeUserId: who.actor.userId }),
      ).rejects.toMatchObject({ code: 'TASK_ASSIGNEE_NOT_COLLEAGUE' });
    }
    expect(
      await reassignTask(deps)(staff.nadia, { taskId: id, assigneeUserId: staff.karim.actor.userId }),
    ).toEqual({ id, changed: true });
    // Karim now holds it (he sees it), Nadia still does as its author.
    expect((await bucket('karim', 'today')).items.map((t) => t.id)).toContain(id);
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('resource_id', '=', id)
      .where('action', '=', 'task.reassign')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({
      fromUserId: staff.nadia.actor.userId,
      toUserId: staff.karim.actor.userId,
    });
  });

  it('refuses a task on a person whose processing is restricted, and changes nothing', async () => {
    const other = (
      await createPerson(deps)(staff.nadia, { identity: { givenName: 'Bilal', familyName: 'Restreint' } })
    ).id;
    await restrictProcessing(deps)(staff.nadia, { personId: other, reason: 'Contests the file' });
    await expect(
      createTask(deps)(staff.nadia, { title: 'Call Bilal', dueOn: today, personId: other }),
    ).rejects.toMatchObject({ code: 'PR018' });
    const rows = await database.db.selectFrom('tasks').select('id').where('person_id', '=', other).execute();
    expect(rows).toEqual([]);
  });
});

describe('today', () => {
  it('is the day in the organization’s time zone, whatever the day in UTC', async () => {
    // 23:30 UTC on 10 March: already the 11th in Paris; 03:00 UTC on the 11th: still the 10th in Chicago.
    const cases = [
      { zone: 'Europe/Paris', at: '2026-03-10T23:30:00Z', today: '2026-03-11' },
      { zone: 'America/Chicago', at: '2026-03-11T03:00:00Z', today: '2026-03-10' },
    ];
    for (const { zone, at, today: there } of cases) {
      const zoned = testDeps(database, fixedClock(at));
      const organization = await givenOrganization(database.db, { timeZone: zone });
      const counselor = await givenStaff(database.db, organization.id, 'counselor');
      for (const dueOn of ['2026-03-10', '2026-03-11', '2026-03-12'])
        await createTask(zoned)(counselor, { title: `Due ${dueOn}`, dueOn });
      const due = await listMyTasks(zoned)(counselor, { bucket: 'today' });
      expect(
        due.items.map((t) => t.dueOn),
        zone,
      ).toEqual([there]);
      expect(await countMyTasks(zoned)(counselor, {}), zone).toEqual(
        there === '2026-03-11'
          ? { overdue: 1, today: 1, upcoming: 1 }
          : { overdue: 0, today: 1, upcoming: 2 },
      );
      // A day sent by a browser on another calendar is no longer taken.
      const sent = await listMyTasks(zoned)(counselor, {
        bucket: 'today',
        ...({ today: '2026-03-12' } as object),
      });
      expect(
        sent.items.map((t) => t.dueOn),
        zone,
      ).toEqual([there]);
    }
  });
});

describe('the person’s rights', () => {
  it('exports the tasks on a person and, on anonymization, keeps them without title or note', async () => {
    const { tasksPersonData } = await import('../api.js');
    const other = (
      await createPerson(deps)(staff.nadia, { identity: { givenName: 'Dara', familyName: 'Export' } })
    ).id;
    await createTask(deps)(staff.nadia, {
      title: 'Call Dara',
      note: 'About her rent',
      dueOn: today,
      personId: other,
    });
    const organizationId = staff.nadia.actor.organizationId;
    const exported = await tasksPersonData.personDataFor(database.db, organizationId, other);
    expect(exported.tasks).toMatchObject([{ title: 'Call Dara', note: 'About her rent', dueOn: today }]);
    expect(
      await tasksPersonData.personDataFor(database.db, staff.outsider.actor.organizationId, other),
    ).toEqual({
      tasks: [],
    });
    expect(await tasksPersonData.anonymizePersonData(database.db, organizationId, other)).toBe(1);
    const after = await tasksPersonData.personDataFor(database.db, organizationId, other);
    expect(after.tasks).toMatchObject([{ title: '—', note: null, dueOn: today }]);
  });
});
