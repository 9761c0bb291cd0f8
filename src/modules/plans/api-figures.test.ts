import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPlanScene } from '../../../test/support/plan-scene.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { createPerson } from '../people/use-cases/create-person.js';
import { planFiguresOf } from './api.js';
import { addGoal } from './use-cases/add-goal.js';
import { addStep } from './use-cases/add-step.js';
import { changeStepStatus } from './use-cases/change-step-status.js';
import { createPlan } from './use-cases/create-plan.js';

let database: TestDatabase;
let scene: Awaited<ReturnType<typeof givenPlanScene>>;

beforeAll(async () => {
  database = await createTestDatabase();
  scene = await givenPlanScene(database);
  const { deps, staff, personId } = scene;
  const { id: planId } = await createPlan(deps)(staff.counselor, { personId, language: 'en' });
  const goal = async (
    kind: 'credential_evaluation' | 'licensure' | 'training_certification' | 'job_search',
  ) => (await addGoal(deps)(staff.counselor, { planId, kind, title: kind })).id;
  const step = async (goalId: string, title: string) =>
    (await addStep(deps)(staff.counselor, { goalId, title, actor: 'person' })).id;
  const done = (stepId: string, onDate: string) =>
    changeStepStatus(deps)(staff.counselor, { stepId, status: 'done', onDate });

  const evaluation = await goal('credential_evaluation');
  await done(await step(evaluation, 'Transcripts'), '2026-02-10');
  await done(await step(evaluation, 'WES report'), '2026-03-01');
  const licence = await goal('licensure');
  await done(await step(licence, 'Exam'), '2026-01-20');
  await changeStepStatus(deps)(staff.counselor, {
    stepId: await step(licence, 'Extra'),
    status: 'abandoned',
    reason: 'Not required',
  });
  const training = await goal('training_certification');
  await done(await step(training, 'Module 1'), '2026-02-15');
  await step(training, 'Module 2');
  const jobs = await goal('job_search');
  await done(await step(jobs, 'CV'), '2026-02-20');
  // A second person, with a plan and nothing done; a third person without a plan.
  for (const name of ['Second', 'Third']) {
    const other = await createPerson(deps)(staff.counselor, {
      identity: { givenName: name, familyName: 'Person' },
    });
    if (name === 'Second') await createPlan(deps)(staff.counselor, { personId: other.id, language: 'fr' });
  }
});
afterAll(() => database.close());

describe('plan figures for a funder report', () => {
  it('counts people with a plan, steps done by goal kind and credentials reached in the period', async () => {
    expect(await planFiguresOf(database.db, [scene.office.id], '2026-02-01', '2026-03-31')).toEqual({
      peopleWithPlan: 2,
      stepsDoneByGoalKind: { credential_evaluation: 2, training_certification: 1, job_search: 1 },
      // The evaluation is reached on 1 March; the licence (reached 20 January) is outside the period, the
      // training still has a step to do.
      credentialsObtained: 1,
    });
    // The plans were entered on 10 March: in January nobody had one yet, though the licence exam passed
    // then (a done date recorded afterwards) counts in January.
    expect(await planFiguresOf(database.db, [scene.office.id], '2026-01-01', '2026-01-31')).toEqual({
      peopleWithPlan: 0,
      stepsDoneByGoalKind: { licensure: 1 },
      credentialsObtained: 1,
    });
  });

  it('counts nothing for another organization, nor before the plans existed', async () => {
    expect(await planFiguresOf(database.db, [scene.other.id], '2026-01-01', '2026-12-31')).toEqual({
      peopleWithPlan: 0,
      stepsDoneByGoalKind: {},
      credentialsObtained: 0,
    });
    expect(
      (await planFiguresOf(database.db, [scene.office.id], '2025-01-01', '2025-12-31')).peopleWithPlan,
    ).toBe(0);
    expect(await planFiguresOf(database.db, [], '2026-01-01', '2026-12-31')).toMatchObject({
      peopleWithPlan: 0,
    });
  });
});
