import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

const openStatuses = ['planned', 'in_progress'] as const;

/** Per person with an open (not closed) plan: how many open steps are due before today. */
function overdueCountsQuery(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
  today: string,
) {
  return db
    .selectFrom('plans')
    .leftJoin('plan_steps', (join) =>
      join
        .onRef('plan_steps.plan_id', '=', 'plans.id')
        .on('plan_steps.status', 'in', openStatuses)
        .on('plan_steps.due_on', '<', today),
    )
    .select(['plans.person_id as personId', sql<string>`count(plan_steps.id)`.as('overdue')])
    .where('plans.organization_id', '=', organizationId)
    .where('plans.person_id', 'in', personIds)
    .where('plans.status', '<>', 'closed')
    .groupBy('plans.person_id');
}

/** Each person's open step due soonest (overdue ones first, undated ones last). */
function nextStepsQuery(db: Executor, organizationId: string, personIds: readonly string[]) {
  return db
    .selectFrom('plan_steps')
    .innerJoin('plans', 'plans.id', 'plan_steps.plan_id')
    .distinctOn('plan_steps.person_id')
    .select(['plan_steps.person_id as personId', 'plan_steps.title', 'plan_steps.due_on as dueOn'])
    .where('plan_steps.organization_id', '=', organizationId)
    .where('plan_steps.person_id', 'in', personIds)
    .where('plan_steps.status', 'in', openStatuses)
    .where('plan_steps.due_on', 'is not', null)
    .where('plans.status', '<>', 'closed')
    .orderBy('plan_steps.person_id')
    .orderBy('plan_steps.due_on')
    .orderBy('plan_steps.position')
    .orderBy('plan_steps.id');
}

/** The caseload's questions about plans, answered in a fixed number of statements for a whole page. */
export function planSignalsRepository(db: Executor) {
  return {
    /**
     * The overdue counts and the next steps in one statement: a row per person with an open plan or a dated open step
     * (`hasPlan` false for the latter only, `dueOn` null when there is no dated open step).
     */
    signals(organizationId: string, personIds: readonly string[], today: string) {
      return db
        .selectFrom(overdueCountsQuery(db, organizationId, personIds, today).as('o'))
        .fullJoin(nextStepsQuery(db, organizationId, personIds).as('n'), 'n.personId', 'o.personId')
        .select([
          sql<string>`coalesce(o."personId", n."personId")`.as('personId'),
          sql<boolean>`o."personId" is not null`.as('hasPlan'),
          'o.overdue',
          'n.title',
          'n.dueOn',
        ])
        .execute();
    },
    personIdsWithOverdueSteps(organizationId: string, today: string) {
      return db
        .selectFrom('plan_steps')
        .innerJoin('plans', 'plans.id', 'plan_steps.plan_id')
        .select('plan_steps.person_id')
        .where('plan_steps.organization_id', '=', organizationId)
        .where('plan_steps.status', 'in', openStatuses)
        .where('plan_steps.due_on', '<', today)
        .where('plans.status', '<>', 'closed');
    },
  };
}
