import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PlanChangesTable, PlanGoalsTable, PlanStepsTable, PlansTable } from './tables.js';

export type PlanRow = Selectable<PlansTable>;
export type GoalRow = Selectable<PlanGoalsTable>;
export type StepRow = Selectable<PlanStepsTable>;
export type ChangeRow = Selectable<PlanChangesTable>;

/** All SQL of the plans module but the caseload signals. Every read is scoped by organization. */
export function plansRepository(db: Executor) {
  return {
    async insertPlan(values: Insertable<PlansTable>) {
      await db.insertInto('plans').values(values).execute();
    },
    async openPlanExists(organizationId: string, personId: string, programId: string | null) {
      const row = await db
        .selectFrom('plans')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('status', '<>', 'closed')
        .where((eb) => (programId === null ? eb('program_id', 'is', null) : eb('program_id', '=', programId)))
        .executeTakeFirst();
      return row !== undefined;
    },
    findPlan(planId: string, organizationId: string, lock = false) {
      return db
        .selectFrom('plans')
        .selectAll()
        .where('id', '=', planId)
        .where('organization_id', '=', organizationId)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst();
    },
    plansOfPerson(personId: string, organizationId: string) {
      return db
        .selectFrom('plans')
        .selectAll()
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
    async updatePlan(planId: string, values: Updateable<PlansTable>) {
      await db.updateTable('plans').set(values).where('id', '=', planId).execute();
    },
    goalsOf(planIds: readonly string[]) {
      if (planIds.length === 0) return Promise.resolve([] as GoalRow[]);
      return db
        .selectFrom('plan_goals')
        .selectAll()
        .where('plan_id', 'in', planIds)
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    stepsOf(planIds: readonly string[]) {
      if (planIds.length === 0) return Promise.resolve([] as StepRow[]);
      return db
        .selectFrom('plan_steps')
        .selectAll()
        .where('plan_id', 'in', planIds)
        .orderBy('position')
        .orderBy('id')
        .execute();
    },
    async nextGoalPosition(planId: string) {
      const row = await db
        .selectFrom('plan_goals')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('plan_id', '=', planId)
        .executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },
    async nextStepPosition(goalId: string) {
      const row = await db
        .selectFrom('plan_steps')
        .select((eb) => eb.fn.max('position').as('last'))
        .where('goal_id', '=', goalId)
        .executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },
    async insertGoal(values: Insertable<PlanGoalsTable>) {
      await db.insertInto('plan_goals').values(values).execute();
    },
    findGoal(goalId: string, organizationId: string) {
      return db
        .selectFrom('plan_goals')
        .selectAll()
        .where('id', '=', goalId)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },
    async updateGoal(goalId: string, values: Updateable<PlanGoalsTable>) {
      await db.updateTable('plan_goals').set(values).where('id', '=', goalId).execute();
    },
    /** Steps go with their goal (cascade); the history keeps that they existed. */
    async deleteGoal(goalId: string) {
      const steps = await db.deleteFrom('plan_steps').where('goal_id', '=', goalId).executeTakeFirst();
      await db.deleteFrom('plan_goals').where('id', '=', goalId).execute();
      return Number(steps.numDeletedRows);
    },
    async insertStep(values: Insertable<PlanStepsTable>) {
      await db.insertInto('plan_steps').values(values).execute();
    },
    findStep(stepId: string, organizationId: string, lock = false) {
      return db
        .selectFrom('plan_steps')
        .selectAll()
        .where('id', '=', stepId)
        .where('organization_id', '=', organizationId)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst();
    },
    async updateStep(stepId: string, values: Updateable<PlanStepsTable>) {
      await db.updateTable('plan_steps').set(values).where('id', '=', stepId).execute();
    },
    async insertChange(values: Insertable<PlanChangesTable>) {
      await db.insertInto('plan_changes').values(values).execute();
    },
    changesOf(planId: string, organizationId: string) {
      return db
        .selectFrom('plan_changes')
        .selectAll()
        .where('plan_id', '=', planId)
        .where('organization_id', '=', organizationId)
        .orderBy('changed_at', 'desc')
        .orderBy('revision', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },
  };
}
