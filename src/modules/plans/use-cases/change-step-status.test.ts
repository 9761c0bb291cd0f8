import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { changeStepStatus } from './change-step-status.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
const steps: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  const { deps, staff, personId } = scene;
  const plan = await createPlan(deps)(staff.counselor, {
    personId,
    language: 'en',
    targetField: 'Engineering',
  });
  const goal = await addGoal(deps)(staff.counselor, {
    planId: plan.id,
    kind: 'language_level',
    title: 'English B2',
  });
  for (const [title, dueOn] of [
    ['Placement test', '2026-02-01'],
    ['ESL course, 12 weeks', '2026-06-30'],
    ['IELTS exam', '2026-07-15'],
    ['Conversation club', null],
  ] as const)
    steps.push((await addStep(deps)(staff.counselor, { goalId: goal.id, title, dueOn, actor: 'person' })).id);
});
afterAll(() => database.close());

const goal = async () =>
  (await personPlans(scene.deps)(scene.staff.counselor, { personId: scene.personId })).items[0]!;

describe('changing a step status', () => {
  it('marks done on the day it happened, with evidence, and the progress follows', async () => {
    const { deps, staff } = scene;
    expect((await goal()).overdueSteps).toBe(1);
    await changeStepStatus(deps)(staff.counselor, {
      stepId: steps[0]!,
      status: 'done',
      onDate: '2026-01-28',
      evidenceNote: 'Placement: B1',
    });
    await changeStepStatus(deps)(staff.counselor, { stepId: steps[1]!, status: 'in_progress' });
    const plan = await goal();
    expect(plan.progress).toEqual({ done: 1, counted: 4, percent: 25 });
    expect(plan.overdueSteps).toBe(0);
    expect(plan.goals[0]!.steps.slice(0, 2)).toMatchObject([
      { status: 'done', doneOn: '2026-01-28', evidenceNote: 'Placement: B1', nextStatuses: ['in_progress'] },
      { status: 'in_progress', startedOn: '2026-03-10', nextStatuses: ['done', 'abandoned'] },
    ]);
    const event = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'occurred_at', 'all_day', 'data'])
      .where('resource_id', '=', steps[0]!)
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      kind: 'plan.step_done',
      occurred_at: new Date('2026-01-28T12:00:00Z'),
      all_day: true,
      data: { title: 'Placement test' },
    });
  });

  it('abandons with a reason only; abandoned steps leave the progress', async () => {
    const { deps, staff } = scene;
    await expect(
      changeStepStatus(deps)(staff.counselor, { stepId: steps[3]!, status: 'abandoned' }),
    ).rejects.toMatchObject({ code: 'PLAN_STEP_REASON_REQUIRED' });
    await changeStepStatus(deps)(staff.counselor, {
      stepId: steps[3]!,
      status: 'abandoned',
      reason: 'Club closed for the summer',
    });
    const plan = await goal();
    expect(plan.progress).toEqual({ done: 1, counted: 3, percent: 33 });
    expect(plan.goals[0]!.steps[3]).toMatchObject({
      status: 'abandoned',
      abandonedOn: '2026-03-10',
      abandonedReason: 'Club closed for the summer',
    });
    const event = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'data'])
      .where('resource_id', '=', steps[3]!)
      .executeTakeFirstOrThrow();
    // The reason is free text: never on the timeline.
    expect(event).toEqual({ kind: 'plan.step_abandoned', data: { title: 'Conversation club' } });
  });

  it('refuses moves the lifecycle forbids and dates after today, changing nothing', async () => {
    const { deps, staff } = scene;
    const before = await goal();
    await expect(
      changeStepStatus(deps)(staff.counselor, { stepId: steps[0]!, status: 'abandoned', reason: 'x' }),
    ).rejects.toMatchObject({ code: 'PLAN_STEP_TRANSITION_NOT_ALLOWED' });
    await expect(
      changeStepStatus(deps)(staff.counselor, { stepId: steps[2]!, status: 'done', onDate: '2026-03-11' }),
    ).rejects.toMatchObject({ code: 'PLAN_DATE_IN_FUTURE' });
    const after = await goal();
    expect(after.revision).toBe(before.revision);
    expect(after.goals).toEqual(before.goals);
  });

  it('reopens a done step and keeps every dated move in the history', async () => {
    const { deps, staff } = scene;
    await changeStepStatus(deps)(staff.counselor, { stepId: steps[0]!, status: 'in_progress' });
    expect((await goal()).goals[0]!.steps[0]).toMatchObject({ status: 'in_progress', doneOn: null });
    const moves = await database.db
      .selectFrom('plan_changes')
      .select(['from_status', 'to_status'])
      .where('entity_id', '=', steps[0]!)
      .where('action', '=', 'status_changed')
      .orderBy('revision')
      .execute();
    expect(moves).toEqual([
      { from_status: 'planned', to_status: 'done' },
      { from_status: 'done', to_status: 'in_progress' },
    ]);
    const reopened = await database.db
      .selectFrom('timeline_events')
      .select('kind')
      .where('resource_id', '=', steps[0]!)
      .orderBy('recorded_at')
      .execute();
    expect(reopened.map((e) => e.kind)).toEqual(['plan.step_done', 'plan.step_reopened']);
  });

  it('lets a second step change wait for the first instead of losing a revision', async () => {
    const { deps, staff } = scene;
    const before = (await goal()).revision;
    await Promise.all([
      changeStepStatus(deps)(staff.counselor, { stepId: steps[1]!, status: 'done' }),
      changeStepStatus(deps)(staff.referent, { stepId: steps[2]!, status: 'in_progress' }),
    ]);
    const after = await goal();
    expect(after.revision).toBe(before + 2);
    const revisions = await database.db
      .selectFrom('plan_changes')
      .select('revision')
      .where('plan_id', '=', after.id)
      .execute();
    expect(new Set(revisions.map((r) => r.revision)).size).toBe(revisions.length);
  });
});
