import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import { createPerson } from '../../people/use-cases/create-person.js';
import { addGoal } from './add-goal.js';
import { addStep } from './add-step.js';
import { changeStepStatus } from './change-step-status.js';
import { closePlan } from './close-plan.js';
import { createPlan } from './create-plan.js';
import { personPlans } from './person-plans.js';
import { signOffPlan } from './sign-off-plan.js';
import { updatePlan } from './update-plan.js';

let database: TestDatabase;
// 00:30 on Wednesday 11 March in Paris; still Tuesday the 10th in UTC.
const deps = () => testDeps(database, fixedClock('2026-03-10T23:30:00Z'));
let counselor: Awaited<ReturnType<typeof givenStaff>>;
let personId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const toulouse = await givenOrganization(database.db, {
    name: 'Mission Locale de Toulouse',
    timeZone: 'Europe/Paris',
  });
  counselor = await givenStaff(database.db, toulouse.id, 'counselor');
  personId = (
    await createPerson(deps())(counselor, { identity: { givenName: 'Amina', familyName: 'Haddad' } })
  ).id;
});
afterAll(() => database.close());

describe('a plan’s days, in the organization’s time zone', () => {
  it('counts a step due yesterday there as overdue, dates a step done today there, and takes a sign-off or a closing of today there', async () => {
    const { id: planId } = await createPlan(deps())(counselor, { personId, language: 'fr' });
    await updatePlan(deps())(counselor, { planId, targetField: 'Génie civil' });
    const goal = await addGoal(deps())(counselor, { planId, kind: 'job_search', title: 'Un premier poste' });
    const due = await addStep(deps())(counselor, {
      goalId: goal.id,
      title: 'Envoyer le CV',
      dueOn: '2026-03-10',
      actor: 'person',
    });
    const later = await addStep(deps())(counselor, {
      goalId: goal.id,
      title: 'Préparer l’entretien',
      dueOn: '2026-03-11',
      actor: 'person',
    });
    const steps = async () =>
      (await personPlans(deps())(counselor, { personId })).items[0]!.goals.flatMap((g) => g.steps);
    // The 10th is over in Paris: the step due then is overdue; the one due on the 11th is not yet.
    expect((await steps()).map((s) => [s.id, s.overdue])).toEqual([
      [due.id, true],
      [later.id, false],
    ]);

    // Done without a day: done today there, the 11th.
    await changeStepStatus(deps())(counselor, { stepId: later.id, status: 'done' });
    expect((await steps()).find((s) => s.id === later.id)).toMatchObject({
      status: 'done',
      doneOn: '2026-03-11',
    });

    // Signed and closed on the 11th: today in Paris, not a day in the future.
    await signOffPlan(deps())(counselor, { planId, signedOn: '2026-03-11', method: 'paper_in_person' });
    await closePlan(deps())(counselor, { planId, closedOn: '2026-03-11' });
    await expect(
      signOffPlan(deps())(counselor, { planId, signedOn: '2026-03-12', method: 'paper_in_person' }),
    ).rejects.toBeDefined();
  });
});
