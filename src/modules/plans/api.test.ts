import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../test/support/fixtures.js';
import { testDeps } from '../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { fixedClock } from '../../core/clock.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { personIdsWithOverdueSteps, planSignalsOf } from './api.js';
import { addGoal } from './use-cases/add-goal.js';
import { addStep } from './use-cases/add-step.js';
import { changeStepStatus } from './use-cases/change-step-status.js';
import { createPlan } from './use-cases/create-plan.js';

let database: TestDatabase;
const clock = fixedClock('2026-03-10T09:00:00Z');
let deps: ReturnType<typeof testDeps>;
let organizationId: string;
let otherOrganizationId: string;
const people: Record<'overdue' | 'onTrack' | 'noPlan' | 'allDone' | 'elsewhere', string> = {
  overdue: '',
  onTrack: '',
  noPlan: '',
  allDone: '',
  elsewhere: '',
};

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database, clock);
  organizationId = (await givenOrganization(database.db)).id;
  otherOrganizationId = (await givenOrganization(database.db)).id;
  const counselor = await givenStaff(database.db, organizationId, 'counselor');
  const outsider = await givenStaff(database.db, otherOrganizationId, 'counselor');
  const person = async (ctx: typeof counselor, name: string) =>
    (await createPerson(deps)(ctx, { identity: { givenName: name, familyName: 'Signal' } })).id;
  for (const key of ['overdue', 'onTrack', 'noPlan', 'allDone'] as const)
    people[key] = await person(counselor, key);
  people.elsewhere = await person(outsider, 'elsewhere');

  const planWith = async (
    ctx: typeof counselor,
    personId: string,
    steps: { title: string; dueOn: string | null }[],
  ) => {
    const plan = await createPlan(deps)(ctx, { personId, language: 'en' });
    const goal = await addGoal(deps)(ctx, { planId: plan.id, kind: 'job_search', title: 'Find a job' });
    const ids: string[] = [];
    for (const step of steps)
      ids.push((await addStep(deps)(ctx, { goalId: goal.id, actor: 'person', ...step })).id);
    return ids;
  };
  const overdue = await planWith(counselor, people.overdue, [
    { title: 'Send CV to employers', dueOn: '2026-03-01' },
    { title: 'Register with job centre', dueOn: '2026-02-15' },
    { title: 'Already done', dueOn: '2026-01-10' },
    { title: 'Due today', dueOn: '2026-03-10' },
  ]);
  await changeStepStatus(deps)(counselor, { stepId: overdue[2]!, status: 'done' });
  await planWith(counselor, people.onTrack, [
    { title: 'Undated', dueOn: null },
    { title: 'Interview practice', dueOn: '2026-04-02' },
    { title: 'Mock exam', dueOn: '2026-03-20' },
  ]);
  const done = await planWith(counselor, people.allDone, [{ title: 'Only step', dueOn: '2026-01-05' }]);
  await changeStepStatus(deps)(counselor, { stepId: done[0]!, status: 'abandoned', reason: 'moved away' });
  await planWith(outsider, people.elsewhere, [{ title: 'Elsewhere', dueOn: '2026-01-01' }]);
});
afterAll(() => database.close());

describe('plan signals for the caseload', () => {
  it('counts overdue steps, names the next step and knows who has a plan, in the organization only', async () => {
    const signals = await planSignalsOf(database.db, organizationId, Object.values(people), '2026-03-10');
    expect(signals.get(people.overdue)).toEqual({
      hasPlan: true,
      overdueSteps: 2,
      nextStep: { title: 'Register with job centre', dueOn: '2026-02-15' },
    });
    expect(signals.get(people.onTrack)).toEqual({
      hasPlan: true,
      overdueSteps: 0,
      nextStep: { title: 'Mock exam', dueOn: '2026-03-20' },
    });
    expect(signals.get(people.allDone)).toEqual({ hasPlan: true, overdueSteps: 0, nextStep: null });
    expect(signals.get(people.noPlan)).toEqual({ hasPlan: false, overdueSteps: 0, nextStep: null });
    // Another organization's plan is not this organization's signal.
    expect(signals.get(people.elsewhere)).toEqual({ hasPlan: false, overdueSteps: 0, nextStep: null });
    expect(signals.size).toBe(5);
  });

  it('answers an empty list without a query', async () => {
    expect((await planSignalsOf(database.db, organizationId, [], '2026-03-10')).size).toBe(0);
  });

  it('selects people with overdue steps as a subquery, as of the day given', async () => {
    const ids = async (today: string) =>
      (await personIdsWithOverdueSteps(database.db, organizationId, today).execute()).map((r) => r.person_id);
    expect(new Set(await ids('2026-03-10'))).toEqual(new Set([people.overdue]));
    expect(new Set(await ids('2026-03-21'))).toEqual(new Set([people.overdue, people.onTrack]));
    expect(await ids('2026-01-01')).toEqual([]);
    const embedded = await database.db
      .selectFrom('people')
      .select('people.id')
      .where('people.id', 'in', personIdsWithOverdueSteps(database.db, organizationId, '2026-03-10'))
      .execute();
    expect(embedded.map((r) => r.id)).toEqual([people.overdue]);
  });
});
