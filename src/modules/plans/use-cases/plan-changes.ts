import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import type { IdGenerator } from '../../../core/ids.js';
import { organizationsApi } from '../../organizations/api.js';
import { type PlanRow, plansRepository } from '../adapters/plans-repository.js';

export interface PlanChange {
  entity: 'plan' | 'goal' | 'step';
  entityId: string;
  action: 'created' | 'updated' | 'removed' | 'status_changed' | 'signed';
  fields?: readonly string[];
  fromStatus?: string | null;
  toStatus?: string | null;
  /** A goal's or step's title, so the history reads without the removed rows. Never a note. */
  label?: string | null;
}

/**
 * Every change moves the plan to its next revision and leaves one line of history (who, when, what,
 * from → to for statuses). A signed plan that changes is thereby "changed since signature".
 */
export async function recordPlanChange(
  db: Executor,
  scope: { actor: Actor; now: Date; newId: IdGenerator },
  plan: PlanRow,
  change: PlanChange,
  planValues: Parameters<ReturnType<typeof plansRepository>['updatePlan']>[1] = {},
): Promise<number> {
  const repo = plansRepository(db);
  const revision = change.action === 'signed' ? plan.revision : plan.revision + 1;
  await repo.updatePlan(plan.id, { ...planValues, revision, updated_at: scope.now });
  await repo.insertChange({
    id: scope.newId(),
    plan_id: plan.id,
    organization_id: plan.organization_id,
    person_id: plan.person_id,
    changed_at: scope.now,
    changed_by: scope.actor.userId,
    entity: change.entity,
    entity_id: change.entityId,
    action: change.action,
    fields: JSON.stringify(change.fields ?? []),
    from_status: change.fromStatus ?? null,
    to_status: change.toStatus ?? null,
    label: change.label ?? null,
    revision,
  });
  return revision;
}

/**
 * Today ('YYYY-MM-DD') in the organization's time zone: the latest day a step is done or a plan signed
 * or closed, the day a step falls overdue, the day a plan is printed (UTC's day before).
 */
export const todayOf = (db: Executor, organizationId: string, now: Date) =>
  organizationsApi(db).todayOf(organizationId, now);
