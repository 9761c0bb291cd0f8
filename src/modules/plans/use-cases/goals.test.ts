import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';
import { removeGoal } from './remove-goal.js';
import { updateGoal } from './update-goal.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
let planId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  planId = (await createPlan(scene.deps)(scene.staff.counselor, { personId: scene.personId, language: 'en' }))
    .id;
});
afterAll(() => database.close());

const plan = async () =>
  (await personPlans(scene.deps)(scene.staff.counselor, { personId: scene.personId })).items[0]!;

describe('goals (add-goal, update-goal, remove-goal)', () => {
  it('adds goals of typed kinds in order, with a target level and date', async () => {
    const { deps, staff } = scene;
    const english = await addGoal(deps)(staff.counselor, {
      planId,
      kind: 'language_level',
      title: 'English for engineers',
      targetLevel: 'B2',
      targetDate: '2026-09-30',
    });
    await addGoal(deps)(staff.referent, { planId, kind: 'credential_evaluation', title: 'WES evaluation' });
    const view = await plan();
    expect(view.goals.map((g) => [g.kind, g.title, g.targetLevel, g.targetDate])).toEqual([
      ['language_level', 'English for engineers', 'B2', '2026-09-30'],
      ['credential_evaluation', 'WES evaluation', null, null],
    ]);
    expect(view.revision).toBe(3);
    const events = await database.db
      .selectFrom('timeline_events')
      .select(['kind', 'data'])
      .where('resource_id', '=', english.id)
      .execute();
    expect(events).toEqual([
      { kind: 'plan.goal_added', data: { title: 'English for engineers', goalKind: 'language_level' } },
    ]);
  });

  it('updates a goal and refuses an unknown kind', async () => {
    const { deps, staff } = scene;
    const goal = (await plan()).goals[0]!;
    const { revision } = await updateGoal(deps)(staff.counselor, { goalId: goal.id, targetLevel: 'C1' });
    expect(revision).toBe(4);
    expect((await plan()).goals[0]).toMatchObject({ targetLevel: 'C1', title: 'English for engineers' });
    await expect(
      updateGoal(deps)(staff.counselor, { goalId: goal.id, kind: 'astrology' as 'housing' }),
    ).rejects.toThrow();
    // Nothing sent, nothing changed: the revision stays.
    expect((await updateGoal(deps)(staff.counselor, { goalId: goal.id })).revision).toBe(4);
  });

  it('removes a goal with its steps, and the history keeps its title', async () => {
    const { deps, staff } = scene;
    const goal = (await plan()).goals[1]!;
    await addStep(deps)(staff.counselor, { goalId: goal.id, title: 'Send transcripts', actor: 'person' });
    await removeGoal(deps)(staff.counselor, { goalId: goal.id });
    const view = await plan();
    expect(view.goals.map((g) => g.title)).toEqual(['English for engineers']);
    const removal = await database.db
      .selectFrom('plan_changes')
      .select(['action', 'label'])
      .where('entity_id', '=', goal.id)
      .orderBy('changed_at')
      .orderBy('id')
      .execute();
    expect(removal.at(-1)).toEqual({ action: 'removed', label: 'WES evaluation' });
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'plan.goal_remove')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ kind: 'credential_evaluation', steps: 1 });
  });

  it('keeps goals to the organization that follows the person', async () => {
    const { deps, staff } = scene;
    const goal = (await plan()).goals[0]!;
    await expect(updateGoal(deps)(staff.outsider, { goalId: goal.id, title: 'x' })).rejects.toMatchObject({
      code: 'PLAN_GOAL_NOT_FOUND',
    });
    await expect(removeGoal(deps)(staff.outsider, { goalId: goal.id })).rejects.toMatchObject({
      code: 'PLAN_GOAL_NOT_FOUND',
    });
    await expect(
      addGoal(deps)(staff.outsider, { planId, kind: 'housing', title: 'x' }),
    ).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    await expect(addGoal(deps)(staff.funder, { planId, kind: 'housing', title: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
