import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { changeStepStatus } from './change-step-status.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';
import { updateStep } from './update-step.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
let goalId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  const { deps, staff, personId } = scene;
  const plan = await createPlan(deps)(staff.counselor, {
    personId,
    language: 'en',
    targetField: 'Engineering',
  });
  goalId = (await addGoal(deps)(staff.counselor, { planId: plan.id, kind: 'licensure', title: 'PE licence' }))
    .id;
});
afterAll(() => database.close());

const goal = async () =>
  (await personPlans(scene.deps)(scene.staff.counselor, { personId: scene.personId })).items[0]!.goals[0]!;

describe('steps (add-step, update-step)', () => {
  it('adds steps with who acts and by when; a partner is named', async () => {
    const { deps, staff } = scene;
    await addStep(deps)(staff.counselor, { goalId, title: 'FE exam', dueOn: '2026-02-20', actor: 'person' });
    await addStep(deps)(staff.counselor, {
      goalId,
      title: 'Application review',
      dueOn: '2026-05-01',
      actor: 'partner',
      partnerName: 'Missouri Board for Architects, Engineers',
    });
    await expect(
      addStep(deps)(staff.counselor, { goalId, title: 'Unnamed partner', actor: 'partner' }),
    ).rejects.toThrow(/Name the partner/);
    const steps = (await goal()).steps;
    expect(steps.map((s) => [s.title, s.actor, s.partnerName, s.status, s.overdue])).toEqual([
      ['FE exam', 'person', null, 'planned', true],
      ['Application review', 'partner', 'Missouri Board for Architects, Engineers', 'planned', false],
    ]);
    expect(steps[0]!.nextStatuses).toEqual(['in_progress', 'done', 'abandoned']);
  });

  it('updates the due date and evidence, naming only the fields in the history', async () => {
    const { deps, staff } = scene;
    const [first] = (await goal()).steps;
    await updateStep(deps)(staff.counselor, {
      stepId: first!.id,
      dueOn: '2026-04-15',
      evidenceNote: 'Registered with NCEES, receipt in the file',
    });
    expect((await goal()).steps[0]).toMatchObject({
      dueOn: '2026-04-15',
      overdue: false,
      evidenceNote: 'Registered with NCEES, receipt in the file',
    });
    const change = await database.db
      .selectFrom('plan_changes')
      .select(['action', 'fields'])
      .where('entity_id', '=', first!.id)
      .where('action', '=', 'updated')
      .executeTakeFirstOrThrow();
    expect(change).toEqual({ action: 'updated', fields: ['dueOn', 'evidenceNote'] });
    const audit = await database.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'plan.step_update')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(audit.details)).not.toContain('NCEES');
  });

  it('refuses as evidence a document that is not in the person’s file', async () => {
    const { deps, staff } = scene;
    const [first] = (await goal()).steps;
    await expect(
      updateStep(deps)(staff.counselor, {
        stepId: first!.id,
        evidenceDocumentId: '0190a0a0-0000-7000-8000-0000000000aa',
      }),
    ).rejects.toMatchObject({ code: 'PLAN_EVIDENCE_DOCUMENT_NOT_FOUND' });
    await expect(
      changeStepStatus(deps)(staff.counselor, {
        stepId: first!.id,
        status: 'done',
        evidenceDocumentId: '0190a0a0-0000-7000-8000-0000000000aa',
      }),
    ).rejects.toMatchObject({ code: 'PLAN_EVIDENCE_DOCUMENT_NOT_FOUND' });
    expect((await goal()).steps[0]).toMatchObject({ status: 'planned', evidenceDocumentId: null });
  });

  it('keeps steps to the organization that follows the person', async () => {
    const { deps, staff } = scene;
    const [first] = (await goal()).steps;
    await expect(updateStep(deps)(staff.outsider, { stepId: first!.id, title: 'x' })).rejects.toMatchObject({
      code: 'PLAN_STEP_NOT_FOUND',
    });
    await expect(
      addStep(deps)(staff.outsider, { goalId, title: 'x', actor: 'person' }),
    ).rejects.toMatchObject({ code: 'PLAN_GOAL_NOT_FOUND' });
    await expect(
      changeStepStatus(deps)(staff.administrator, { stepId: first!.id, status: 'done' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
