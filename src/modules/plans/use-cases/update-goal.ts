import { z } from 'zod';
import { goalBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planRoles, writableGoal } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';

export const updateGoal = defineUseCase(
  goalBody.partial().extend({ goalId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const { goal, plan } = await writableGoal(trx, actor, input.goalId);
    const values = {
      ...(input.kind !== undefined && { kind: input.kind }),
      ...(input.title !== undefined && { title: input.title }),
      ...(input.targetDate !== undefined && { target_date: input.targetDate }),
      ...(input.targetLevel !== undefined && { target_level: input.targetLevel || null }),
    };
    const fields = Object.keys(input).filter(
      (k) => k !== 'goalId' && input[k as keyof typeof input] !== undefined,
    );
    if (fields.length === 0) return { id: goal.id, revision: plan.revision };
    await plansRepository(trx).updateGoal(goal.id, values);
    const revision = await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'goal',
      entityId: goal.id,
      action: 'updated',
      fields,
      label: input.title ?? goal.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.goal_update',
      resourceType: 'plan_goal',
      resourceId: goal.id,
      personId: plan.person_id,
      details: { fields },
    });
    return { id: goal.id, revision };
  },
);
