import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planRoles, writableGoal } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';

/**
 * Removes a goal entered by mistake, with its steps. A goal the person gave up is better kept with
 * its steps abandoned (with a reason), so that what was tried still counts in the figures.
 */
export const removeGoal = defineUseCase(
  z.object({ goalId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const { goal, plan } = await writableGoal(trx, actor, input.goalId);
    const steps = await plansRepository(trx).deleteGoal(goal.id);
    await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'goal',
      entityId: goal.id,
      action: 'removed',
      label: goal.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.goal_remove',
      resourceType: 'plan_goal',
      resourceId: goal.id,
      personId: plan.person_id,
      details: { kind: goal.kind, steps },
    });
  },
);
