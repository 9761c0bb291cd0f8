import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';
import { signOffPlan } from './sign-off-plan.js';
import { updatePlan } from './update-plan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;
let planId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  planId = (await createPlan(scene.deps)(scene.staff.counselor, { personId: scene.personId, language: 'fr' }))
    .id;
});
afterAll(() => database.close());

const plan = async () =>
  (await personPlans(scene.deps)(scene.staff.counselor, { personId: scene.personId })).items[0]!;

describe('signing off a plan (and updating it after)', () => {
  it('refuses an incomplete plan and says what is missing', async () => {
    const { deps, staff } = scene;
    await expect(
      signOffPlan(deps)(staff.counselor, { planId, signedOn: '2026-03-10', method: 'paper_in_person' }),
    ).rejects.toMatchObject({
      code: 'PLAN_NOT_READY_TO_SIGN',
      details: { gaps: [{ gap: 'target_field_missing' }, { gap: 'no_goal' }] },
    });
    await expect(
      signOffPlan(deps)(staff.counselor, { planId, signedOn: '2026-03-10', method: 'verbal_with_witness' }),
    ).rejects.toThrow(/witness/);
  });

  it('freezes the revision, activates the plan, then shows changes since signature', async () => {
    const { deps, staff } = scene;
    await updatePlan(deps)(staff.counselor, { planId, targetField: 'Génie civil' });
    const goal = await addGoal(deps)(staff.counselor, {
      planId,
      kind: 'relocation',
      title: 'Installation à Rimouski',
    });
    await addStep(deps)(staff.counselor, {
      goalId: goal.id,
      title: 'Visite exploratoire',
      dueOn: '2026-04-10',
      actor: 'person',
    });
    const ready = await plan();
    expect(ready.signOffGaps).toEqual([]);
    const { revision } = await signOffPlan(deps)(staff.counselor, {
      planId,
      signedOn: '2026-03-09',
      method: 'verbal_with_witness',
      witness: 'Interprète, Mme Diallo',
    });
    expect(revision).toBe(ready.revision);
    expect(await plan()).toMatchObject({
      status: 'active',
      signature: 'signed',
      signedOn: '2026-03-09',
      signMethod: 'verbal_with_witness',
      signedWitness: 'Interprète, Mme Diallo',
      signedRevision: revision,
      revision,
    });
    await expect(
      signOffPlan(deps)(staff.counselor, { planId, signedOn: '2026-03-10', method: 'electronic' }),
    ).rejects.toMatchObject({ code: 'PLAN_ALREADY_SIGNED' });

    const changed = await updatePlan(deps)(staff.counselor, {
      planId,
      courses: [{ title: 'Francisation, niveau 7', provider: 'Centre de services scolaire' }],
    });
    expect(changed.revision).toBe(revision + 1);
    expect(await plan()).toMatchObject({ signature: 'changed_since_signature', signedRevision: revision });
    await signOffPlan(deps)(staff.counselor, { planId, signedOn: '2026-03-10', method: 'electronic' });
    expect(await plan()).toMatchObject({
      signature: 'signed',
      signedRevision: revision + 1,
      signedWitness: null,
    });
    const signed = await database.db
      .selectFrom('timeline_events')
      .select('data')
      .where('kind', '=', 'plan.signed')
      .orderBy('recorded_at')
      .execute();
    expect(signed.map((e) => e.data)).toEqual([
      { revision, method: 'verbal_with_witness' },
      { revision: revision + 1, method: 'electronic' },
    ]);
  });

  it('refuses a sign-off dated after today and outsiders', async () => {
    const { deps, staff } = scene;
    await updatePlan(deps)(staff.counselor, { planId, targetJobTitles: ['Ingénieur civil'] });
    await expect(
      signOffPlan(deps)(staff.counselor, { planId, signedOn: '2026-03-11', method: 'electronic' }),
    ).rejects.toMatchObject({ code: 'PLAN_DATE_IN_FUTURE' });
    await expect(
      signOffPlan(deps)(staff.outsider, { planId, signedOn: '2026-03-10', method: 'electronic' }),
    ).rejects.toMatchObject({ code: 'PLAN_NOT_FOUND' });
    await expect(updatePlan(deps)(staff.outsider, { planId, targetField: 'x' })).rejects.toMatchObject({
      code: 'PLAN_NOT_FOUND',
    });
  });
});
