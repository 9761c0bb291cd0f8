import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { followedPerson, planRoles } from './plan-access.js';
import { auditPlan } from './plan-audit.js';
import { todayOf } from './plan-changes.js';
import { planViews } from './plan-view.js';

/** The person's plans, newest first, with progress and overdue steps as of today. */
export const personPlans = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const person = await followedPerson(trx, actor, input.personId);
    const plans = await plansRepository(trx).plansOfPerson(input.personId, actor.organizationId);
    const today = await todayOf(trx, actor.organizationId, now);
    const items = await planViews(trx, plans, today, { locale: ctx.locale, sex: person.sex });
    await auditPlan(audit, actor, ctx, {
      action: 'plan.read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      details: { plans: items.length },
    });
    return { items };
  },
);
