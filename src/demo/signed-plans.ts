import type { RequestContext } from '../core/auth/actor.js';
import { fixedClock } from '../core/clock.js';
import type { Deps } from '../core/use-case.js';
import { addGoal } from '../modules/plans/use-cases/add-goal.js';
import { addStep } from '../modules/plans/use-cases/add-step.js';
import { createPlan } from '../modules/plans/use-cases/create-plan.js';
import { signOffPlan } from '../modules/plans/use-cases/sign-off-plan.js';

const dayMs = 86_400_000;

/** Fields people in St. Louis aim at, as the Refugee Career Pathways plans name them. */
export const pathways = [
  {
    field: 'Health care — nursing',
    job: 'Registered nurse',
    goal: 'NCLEX-RN passed',
    step: 'CGFNS credentials evaluation',
  },
  {
    field: 'Accounting',
    job: 'Staff accountant',
    goal: 'Degree evaluated',
    step: 'WES course-by-course evaluation',
  },
  {
    field: 'Information technology',
    job: 'Help desk technician',
    goal: 'CompTIA A+',
    step: 'Enrol in the A+ course',
  },
  {
    field: 'Pharmacy',
    job: 'Pharmacy technician',
    goal: 'PTCB certification',
    step: 'Pharmacy technician course',
  },
  { field: 'Teaching', job: 'Paraprofessional', goal: 'ParaPro assessment', step: 'ParaPro study group' },
  { field: 'Transportation', job: 'CDL driver', goal: 'Class A CDL', step: 'CDL permit test' },
] as const;

/**
 * Signed career plans for the people St. Louis follows beyond the detailed ones: the Refugee Career
 * Pathways report counts participants "with a career development plan", which a funder expects for
 * most of them. Each plan has its field, one goal with a dated step, and a signature on paper; drawn up
 * and signed at dates spread over the last ten months.
 */
export async function loadSignedCareerPlans(
  deps: Deps,
  ctx: RequestContext,
  personIds: readonly string[],
  programId: string | null,
): Promise<number> {
  const now = deps.clock.now().getTime();
  const day = (at: number) => new Date(at).toISOString().slice(0, 10);
  let signed = 0;
  for (const [index, personId] of personIds.entries()) {
    const pathway = pathways[index % pathways.length]!;
    const signedAt = now - (20 + ((index * 37) % 280)) * dayMs;
    const atStart: Deps = { ...deps, clock: fixedClock(new Date(signedAt - 7 * dayMs)) };
    const { id: planId } = await createPlan(atStart)(ctx, {
      personId,
      programId,
      language: 'en',
      targetField: pathway.field,
      targetJobTitles: [pathway.job],
    });
    const { id: goalId } = await addGoal(atStart)(ctx, {
      planId,
      kind: 'training_certification',
      title: pathway.goal,
      targetDate: day(signedAt + 240 * dayMs),
    });
    await addStep(atStart)(ctx, {
      goalId,
      title: pathway.step,
      actor: 'person',
      dueOn: day(signedAt + 60 * dayMs),
    });
    await signOffPlan(deps)(ctx, {
      planId,
      signedOn: day(signedAt),
      method: 'paper_in_person',
      witness: null,
    });
    signed += 1;
  }
  return signed;
}
