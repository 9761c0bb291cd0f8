import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { changeStepStatus } from './change-step-status.js';
import { createPlan } from './create-plan.js';
import { planHistory } from './plan-history.js';
import { updatePlan } from './update-plan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
});
afterAll(() => database.close());

describe('plan history', () => {
  it('says who changed what and when, newest first, with statuses but no values', async () => {
    const { deps, staff, personId, clock } = scene;
    const { id: planId } = await createPlan(deps)(staff.counselor, { personId, language: 'en' });
    clock.set('2026-03-10T10:00:00Z');
    await updatePlan(deps)(staff.referent, {
      planId,
      barriers: [{ kind: 'health', description: 'Back injury', mitigation: 'Desk-based roles first' }],
    });
    clock.set('2026-03-10T11:00:00Z');
    const goal = await addGoal(deps)(staff.counselor, { planId, kind: 'job_search', title: 'Job search' });
    const step = await addStep(deps)(staff.counselor, {
      goalId: goal.id,
      title: 'Mock interview',
      actor: 'counselor',
    });
    clock.set('2026-03-10T12:00:00Z');
    await changeStepStatus(deps)(staff.counselor, { stepId: step.id, status: 'done' });

    const { items } = await planHistory(deps)(staff.director, { planId });
    expect(
      items.map((i) => [
        i.entity,
        i.action,
        i.fields,
        i.fromStatus,
        i.toStatus,
        i.label,
        i.revision,
        i.changedByName,
      ]),
    ).toEqual([
      [
        'step',
        'status_changed',
        ['status'],
        'planned',
        'done',
        'Mock interview',
        5,
        staff.counselor.actor.displayName,
      ],
      [
        'step',
        'created',
        ['title', 'dueOn', 'actor'],
        null,
        'planned',
        'Mock interview',
        4,
        staff.counselor.actor.displayName,
      ],
      ['goal', 'created', ['kind', 'title'], null, null, 'Job search', 3, staff.counselor.actor.displayName],
      ['plan', 'updated', ['barriers'], null, null, null, 2, staff.referent.actor.displayName],
      ['plan', 'created', ['language'], null, 'draft', null, 1, staff.counselor.actor.displayName],
    ]);
    expect(items[0]!.changedAt).toBe('2026-03-10T12:00:00.000Z');
    // A health barrier is sensitive: neither the history nor the audit log holds its words.
    expect(JSON.stringify(items)).not.toContain('Back injury');
    const audit = await database.db.selectFrom('audit_events').select(['action', 'details']).execute();
    expect(JSON.stringify(audit)).not.toContain('Back injury');
    expect(audit.map((a) => a.action)).toContain('plan.history_read');
  });

  it('is not shown outside the organization nor to funders', async () => {
    const { deps, staff } = scene;
    const planId = (await database.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    await expect(planHistory(deps)(staff.outsider, { planId })).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
    await expect(planHistory(deps)(staff.funder, { planId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
