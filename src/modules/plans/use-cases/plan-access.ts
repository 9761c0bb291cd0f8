import type { Actor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { AppError } from '../../../core/errors.js';
import { documentBelongsTo } from '../../documents/api.js';
import { personSummary } from '../../people/api.js';
import { type PlanRow, plansRepository } from '../adapters/plans-repository.js';
import { planErrors } from '../errors.js';

/** Staff who work with people's files. Funders and administrators never see a plan. */
export const planRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/** The person, when the actor's organization follows them; not found otherwise. */
export async function followedPerson(db: Executor, actor: Actor, personId: string) {
  const person = await personSummary(db, personId, actor.organizationId);
  if (!person) throw planErrors.personNotFound();
  return person;
}

/** A plan of the actor's organization, whose person it still follows. */
export async function visiblePlan(
  db: Executor,
  actor: Actor,
  planId: string,
  lock = false,
): Promise<PlanRow> {
  const plan = await plansRepository(db).findPlan(planId, actor.organizationId, lock);
  if (!plan || !(await personSummary(db, plan.person_id, actor.organizationId)))
    throw planErrors.planNotFound();
  return plan;
}

/** A plan that may still change (locked for the transaction, so revisions never collide). */
export async function writablePlan(db: Executor, actor: Actor, planId: string): Promise<PlanRow> {
  const plan = await visiblePlan(db, actor, planId, true);
  if (plan.status === 'closed') throw planErrors.planClosed();
  return plan;
}

/** The plan's not-found becomes the child's, so that a stale screen gets the message that fits. */
async function parentPlan(db: Executor, actor: Actor, planId: string, notFound: () => Error) {
  try {
    return await writablePlan(db, actor, planId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'PLAN_NOT_FOUND') throw notFound();
    throw error;
  }
}

export async function writableGoal(db: Executor, actor: Actor, goalId: string) {
  const found = await plansRepository(db).findGoal(goalId, actor.organizationId);
  if (!found) throw planErrors.goalNotFound();
  const plan = await parentPlan(db, actor, found.plan_id, planErrors.goalNotFound);
  return { goal: found, plan };
}

/** Locks the plan before the step, like every plan change, so that two changes never deadlock. */
export async function writableStep(db: Executor, actor: Actor, stepId: string) {
  const repo = plansRepository(db);
  const found = await repo.findStep(stepId, actor.organizationId);
  if (!found) throw planErrors.stepNotFound();
  const plan = await parentPlan(db, actor, found.plan_id, planErrors.stepNotFound);
  const step = await repo.findStep(stepId, actor.organizationId, true);
  if (!step) throw planErrors.stepNotFound();
  return { step, plan };
}

/** Evidence points only at a live document of the same person (the documents module keeps the file). */
export async function checkEvidenceDocument(
  db: Executor,
  plan: PlanRow,
  documentId: string | null | undefined,
) {
  if (!documentId) return;
  if (!(await documentBelongsTo(db, documentId, plan.organization_id, plan.person_id)))
    throw planErrors.evidenceDocumentNotFound();
}
