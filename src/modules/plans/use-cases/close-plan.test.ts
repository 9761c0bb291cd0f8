import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { planSignalsOf } from '../api.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { closePlan } from './close-plan.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';
import { updatePlan } from './update-plan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
});
afterAll(() => database.close());

describe('closing a plan', () => {
  it('freezes the plan, drops it from the caseload signals and lets a new plan start', async () => {
    const { deps, staff, personId, office } = scene;
    const { id: planId } = await createPlan(deps)(staff.counselor, { personId, language: 'en' });
    const goal = await addGoal(deps)(staff.counselor, { planId, kind: 'job_search', title: 'Job' });
    await addStep(deps)(staff.counselor, {
      goalId: goal.id,
      title: 'Late',
      dueOn: '2026-01-01',
      actor: 'person',
    });
    expect(
      (await planSignalsOf(database.db, office.id, [personId], '2026-03-10')).get(personId)!.overdueSteps,
    ).toBe(1);

    await expect(closePlan(deps)(staff.counselor, { planId, closedOn: '2026-03-11' })).rejects.toMatchObject({
      code: 'PLAN_DATE_IN_FUTURE',
    });
    await expect(closePlan(deps)(staff.outsider, { planId })).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    await closePlan(deps)(staff.coordinator, { planId, closedOn: '2026-03-09' });

    expect((await personPlans(deps)(staff.counselor, { personId })).items[0]).toMatchObject({
      status: 'closed',
    });
    await expect(updatePlan(deps)(staff.counselor, { planId, targetField: 'x' })).rejects.toMatchObject({
      code: 'PLAN_CLOSED',
    });
    await expect(closePlan(deps)(staff.counselor, { planId })).rejects.toMatchObject({ code: 'PLAN_CLOSED' });
    expect((await planSignalsOf(database.db, office.id, [personId], '2026-03-10')).get(personId)).toEqual({
      hasPlan: false,
      overdueSteps: 0,
      nextStep: null,
    });
    const next = await createPlan(deps)(staff.counselor, { personId, language: 'en' });
    expect((await personPlans(deps)(staff.counselor, { personId })).items.map((p) => p.id)).toEqual([
      next.id,
      planId,
    ]);
    const event = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'occurred_at'])
      .where('kind', '=', 'plan.closed')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ kind: 'plan.closed', occurred_at: new Date('2026-03-09T12:00:00Z') });
  });
});
