import { z } from 'zod';
import { signOffBody } from '../../../contracts/plans.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { signatureState, signOffGaps } from '../domain/completeness.js';
import { planErrors } from '../errors.js';
import { planRoles, writablePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { recordPlanChange, todayOf } from './plan-changes.js';
import { planViewOf } from './plan-view.js';

/**
 * Records that the person signed off the plan (on which day, how). The current revision is frozen
 * as the signed one; a draft becomes active. Any later change shows "changed since signature".
 */
export const signOffPlan = defineUseCase(
  signOffBody.extend({ planId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await writablePlan(trx, actor, input.planId);
    const today = await todayOf(trx, actor.organizationId, now);
    if (input.signedOn > today) throw planErrors.dateInFuture();
    if (signatureState({ revision: plan.revision, signedRevision: plan.signed_revision }) === 'signed')
      throw planErrors.nothingToSign();
    const repo = plansRepository(trx);
    const [goals, steps] = await Promise.all([repo.goalsOf([plan.id]), repo.stepsOf([plan.id])]);
    const view = planViewOf(plan, goals, steps, today);
    const gaps = signOffGaps({ targetField: view.targetField, goals: view.goals });
    if (gaps.length > 0)
      throw planErrors.notReadyToSign({ gaps: [...new Set(gaps.map((g) => g.gap))].join(', ') }, { gaps });
    await recordPlanChange(
      trx,
      { actor, now, newId },
      plan,
      { entity: 'plan', entityId: plan.id, action: 'signed', fromStatus: plan.status, toStatus: 'active' },
      {
        status: 'active',
        signed_revision: plan.revision,
        signed_on: input.signedOn,
        sign_method: input.method,
        signed_witness: input.method === 'verbal_with_witness' ? (input.witness ?? null) : null,
      },
    );
    await auditPlan(audit, actor, ctx, {
      action: 'plan.sign_off',
      resourceType: 'plan',
      resourceId: plan.id,
      personId: plan.person_id,
      details: { method: input.method, revision: plan.revision },
    });
    await timeline.publish({
      organizationId: plan.organization_id,
      personId: plan.person_id,
      ...onDay(input.signedOn),
      module: 'plans',
      kind: 'plan.signed',
      resourceType: 'plan',
      resourceId: plan.id,
      data: { revision: plan.revision, method: input.method },
      recordedBy: actor.userId,
    });
    return { id: plan.id, revision: plan.revision };
  },
);
