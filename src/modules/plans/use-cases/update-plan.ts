import { z } from 'zod';
import { updatePlanBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { planRoles, writablePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange } from './plan-changes.js';
import { planFieldColumns } from './plan-fields.js';

/** Changes the plan's fields; the history names the fields changed, never their values. */
export const updatePlan = defineUseCase(
  updatePlanBody.extend({ planId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await writablePlan(trx, actor, input.planId);
    const { planId: _plan, ...fields } = input;
    const { columns, names } = planFieldColumns(fields);
    if (names.length === 0) return { id: plan.id, revision: plan.revision };
    const revision = await recordPlanChange(
      trx,
      { actor, now, newId },
      plan,
      { entity: 'plan', entityId: plan.id, action: 'updated', fields: names },
      columns,
    );
    await auditPlan(audit, actor, ctx, {
      action: 'plan.update',
      resourceType: 'plan',
      resourceId: plan.id,
      personId: plan.person_id,
      details: { fields: names },
    });
    return { id: plan.id, revision };
  },
);
