import type { PlanView } from '../../../contracts/plans.js';
import type { Executor } from '../../../core/db/types.js';
import { type OccupationSex, occupationNamer } from '../../reference/api.js';
import { type GoalRow, type PlanRow, plansRepository, type StepRow } from '../adapters/plans-repository.js';
import { signatureState, signOffGaps } from '../domain/completeness.js';
import { goalReachedOn, isOverdue, percentOf, planProgressOf, progressOf } from '../domain/progress.js';
import { nextStatuses } from '../domain/step-status.js';

const withPercent = (p: { done: number; counted: number }) => ({ ...p, percent: percentOf(p) });

function stepView(step: StepRow, today: string) {
  return {
    id: step.id,
    title: step.title,
    dueOn: step.due_on,
    actor: step.actor,
    partnerName: step.partner_name,
    status: step.status,
    startedOn: step.started_on,
    doneOn: step.done_on,
    abandonedOn: step.abandoned_on,
    abandonedReason: step.abandoned_reason,
    evidenceNote: step.evidence_note,
    evidenceDocumentId: step.evidence_document_id,
    overdue: isOverdue({ status: step.status, dueOn: step.due_on }, today),
    nextStatuses: [...nextStatuses(step.status)],
  };
}

function goalView(goal: GoalRow, steps: StepRow[], today: string) {
  const views = steps.map((s) => stepView(s, today));
  return {
    id: goal.id,
    kind: goal.kind,
    title: goal.title,
    targetDate: goal.target_date,
    targetLevel: goal.target_level,
    reachedOn: goalReachedOn(views),
    progress: withPercent(progressOf(views)),
    steps: views,
  };
}

export function planViewOf(
  plan: PlanRow,
  goals: GoalRow[],
  steps: StepRow[],
  today: string,
  occupationLabel: string | null = null,
): PlanView {
  const goalViews = goals.map((g) =>
    goalView(
      g,
      steps.filter((s) => s.goal_id === g.id),
      today,
    ),
  );
  const allSteps = goalViews.flatMap((g) => g.steps);
  return {
    id: plan.id,
    personId: plan.person_id,
    programId: plan.program_id,
    status: plan.status,
    language: plan.language,
    targetField: plan.target_field,
    targetJobTitles: plan.target_job_titles,
    escoOccupationId: plan.esco_occupation_id,
    escoOccupationLabel: occupationLabel,
    barriers: plan.barriers as PlanView['barriers'],
    courses: plan.courses,
    experienceOpportunities: plan.experience_opportunities as PlanView['experienceOpportunities'],
    credentialRequirements: plan.credential_requirements as PlanView['credentialRequirements'],
    credentialRecognition: plan.credential_recognition,
    localEmployers: plan.local_employers,
    contacts: plan.contacts,
    revision: plan.revision,
    signedRevision: plan.signed_revision,
    signedOn: plan.signed_on,
    signMethod: plan.sign_method,
    signedWitness: plan.signed_witness,
    signature: signatureState({ revision: plan.revision, signedRevision: plan.signed_revision }),
    signOffGaps: signOffGaps({ targetField: plan.target_field, goals: goalViews }),
    progress: withPercent(planProgressOf(goalViews)),
    overdueSteps: allSteps.filter((s) => s.overdue).length,
    goals: goalViews,
    createdAt: plan.created_at.toISOString(),
    updatedAt: plan.updated_at.toISOString(),
  };
}

/** Whom the target occupation is named for: the reader's language, the person's sex. */
export interface OccupationNaming {
  locale: string;
  sex: OccupationSex;
}

/**
 * The plans given, with their goals and steps, in three statements (four with `naming`: the target
 * ESCO occupation named in the reader's language; without it, no label).
 */
export async function planViews(
  db: Executor,
  plans: PlanRow[],
  today: string,
  naming?: OccupationNaming,
): Promise<PlanView[]> {
  const repo = plansRepository(db);
  const ids = plans.map((p) => p.id);
  const [goals, steps] = await Promise.all([repo.goalsOf(ids), repo.stepsOf(ids)]);
  const occupationName = naming
    ? await occupationNamer(
        db,
        plans.map((p) => p.esco_occupation_id),
        naming.locale,
      )
    : () => undefined;
  return plans.map((plan) =>
    planViewOf(
      plan,
      goals.filter((g) => g.plan_id === plan.id),
      steps.filter((s) => s.plan_id === plan.id),
      today,
      occupationName(plan.esco_occupation_id, naming?.sex) ?? null,
    ),
  );
}
