import { z } from 'zod';
import { closePlanBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { planErrors } from '../errors.js';
import { planRoles, writablePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange, todayOf } from './plan-changes.js';

/**
 * Closes a plan at the end of the accompaniment: it stays readable and printable, no longer changes,
 * leaves the caseload's signals, and a new plan may be started for the same program.
 */
export const closePlan = defineUseCase(
  closePlanBody.extend({ planId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await writablePlan(trx, actor, input.planId);
    const today = await todayOf(trx, actor.organizationId, now);
    const closedOn = input.closedOn ?? today;
    if (closedOn > today) throw planErrors.dateInFuture();
    const revision = await recordPlanChange(
      trx,
      { actor, now, newId },
      plan,
      {
        entity: 'plan',
        entityId: plan.id,
        action: 'status_changed',
        fromStatus: plan.status,
        toStatus: 'closed',
      },
      { status: 'closed', closed_on: closedOn },
    );
    await auditPlan(audit, actor, ctx, {
      action: 'plan.close',
      resourceType: 'plan',
      resourceId: plan.id,
      personId: plan.person_id,
      details: { from: plan.status },
    });
    await timeline.publish({
      organizationId: plan.organization_id,
      personId: plan.person_id,
      ...onDay(closedOn),
      module: 'plans',
      kind: 'plan.closed',
      resourceType: 'plan',
      resourceId: plan.id,
      data: {},
      recordedBy: actor.userId,
    });
    return { id: plan.id, revision };
  },
);
