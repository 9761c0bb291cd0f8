import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { credentialGoalKinds } from '../domain/vocabulary.js';
import './tables.js';

/** Funder figures over a period, computed from the dated records of plans, goals and steps. */
export function planFiguresRepository(db: Executor) {
  return {
    /** People with a plan open at some point of the period (started by its end, not closed before it). */
    async peopleWithPlan(organizationIds: readonly string[], from: string, to: string) {
      const row = await db
        .selectFrom('plans')
        .select(sql<string>`count(DISTINCT person_id)`.as('count'))
        .where('organization_id', 'in', organizationIds)
        .where(sql<boolean>`(created_at AT TIME ZONE 'UTC')::date <= ${to}::date`)
        .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', from)]))
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
    /** Steps done in the period, by the kind of their goal. */
    stepsDoneByGoalKind(organizationIds: readonly string[], from: string, to: string) {
      return db
        .selectFrom('plan_steps')
        .innerJoin('plan_goals', 'plan_goals.id', 'plan_steps.goal_id')
        .select(['plan_goals.kind as kind', sql<string>`count(*)`.as('count')])
        .where('plan_steps.organization_id', 'in', organizationIds)
        .where('plan_steps.status', '=', 'done')
        .where('plan_steps.done_on', '>=', from)
        .where('plan_steps.done_on', '<=', to)
        .groupBy('plan_goals.kind')
        .execute();
    },
    /** Credential goals reached in the period: every counted step done, the last one in the period. */
    async credentialsObtained(organizationIds: readonly string[], from: string, to: string) {
      const reached = db
        .selectFrom('plan_steps')
        .innerJoin('plan_goals', 'plan_goals.id', 'plan_steps.goal_id')
        .select(['plan_goals.id', sql<string>`max(plan_steps.done_on)`.as('reached_on')])
        .where('plan_goals.organization_id', 'in', organizationIds)
        .where('plan_goals.kind', 'in', credentialGoalKinds)
        .groupBy('plan_goals.id')
        .having(sql<boolean>`count(*) FILTER (WHERE plan_steps.status <> 'abandoned') > 0`)
        .having(
          sql<boolean>`count(*) FILTER (WHERE plan_steps.status <> 'abandoned') = count(*) FILTER (WHERE plan_steps.status = 'done')`,
        )
        .as('reached');
      const row = await db
        .selectFrom(reached)
        .select(sql<string>`count(*)`.as('count'))
        .where('reached.reached_on', '>=', from)
        .where('reached.reached_on', '<=', to)
        .executeTakeFirst();
      return Number(row?.count ?? 0);
    },
  };
}
