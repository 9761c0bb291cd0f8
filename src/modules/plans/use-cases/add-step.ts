import { z } from 'zod';
import { stepBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planRoles, writableGoal } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';

/** A step towards a goal: what, by when, and who acts (the person, the counselor or a named partner). */
export const addStep = defineUseCase(
  z.intersection(stepBody, z.object({ goalId: z.uuid() })),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const { goal, plan } = await writableGoal(trx, actor, input.goalId);
    const repo = plansRepository(trx);
    const id = newId();
    await repo.insertStep({
      id,
      goal_id: goal.id,
      plan_id: plan.id,
      organization_id: plan.organization_id,
      person_id: plan.person_id,
      title: input.title,
      due_on: input.dueOn ?? null,
      actor: input.actor,
      partner_name: input.actor === 'partner' ? (input.partnerName ?? null) : null,
      status: 'planned',
      position: await repo.nextStepPosition(goal.id),
      created_at: now,
      status_changed_at: now,
    });
    await recordPlanChange(trx, { actor, now, newId }, plan, {
      entity: 'step',
      entityId: id,
      action: 'created',
      fields: ['title', 'dueOn', 'actor'],
      toStatus: 'planned',
      label: input.title,
    });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.step_add',
      resourceType: 'plan_step',
      resourceId: id,
      personId: plan.person_id,
      details: { goalKind: goal.kind, actor: input.actor },
    });
    return { id };
  },
);
