import { z } from 'zod';
import { goalBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planRoles, writablePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';

export const addGoal = defineUseCase(
  goalBody.extend({ planId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await writablePlan(trx, actor, input.planId);
    const repo = plansRepository(trx);
    const id = newId();
    await repo.insertGoal({
      id,
      plan_id: plan.id,
      organization_id: plan.organization_id,
      person_id: plan.person_id,
      kind: input.kind,
      title: input.title,
      target_date: input.targetDate ?? null,
      target_level: input.targetLevel || null,
      position: await repo.nextGoalPosition(plan.id),
      created_at: now,
    });
    await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'goal',
      entityId: id,
      action: 'created',
      fields: ['kind', 'title'],
      label: input.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.goal_add',
      resourceType: 'plan_goal',
      resourceId: id,
      personId: plan.person_id,
      details: { kind: input.kind },
    });
    await timeline.publish({
      organizationId: plan.organization_id,
      personId: plan.person_id,
      occurredAt: now,
      module: 'plans',
      kind: 'plan.goal_added',
      resourceType: 'plan_goal',
      resourceId: id,
      data: { title: input.title, goalKind: input.kind },
      recordedBy: actor.userId,
    });
    return { id };
  },
);
