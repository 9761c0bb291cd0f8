import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { plansRepository } from '../adapters/plans-repository.js';
import { planRoles, visiblePlan } from './plan-access.js';
import { auditPlan } from './plan-audit.js';

/** Who changed what in the plan and when, newest first: field names and statuses, never values. */
export const planHistory = defineUseCase(
  z.object({ planId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, planRoles);
    const plan = await visiblePlan(trx, actor, input.planId);
    const rows = await plansRepository(trx).changesOf(plan.id, actor.organizationId);
    const names = await accountsApi(trx).displayNames(
      rows.flatMap((r) => (r.changed_by ? [r.changed_by] : [])),
    );
    await auditPlan(audit, actor, ctx, {
      action: 'plan.history_read',
      resourceType: 'plan',
      resourceId: plan.id,
      personId: plan.person_id,
      details: { changes: rows.length },
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        changedAt: r.changed_at.toISOString(),
        changedBy: r.changed_by,
        changedByName: r.changed_by ? (names.get(r.changed_by) ?? null) : null,
        entity: r.entity,
        entityId: r.entity_id,
        action: r.action,
        fields: r.fields,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        label: r.label,
        revision: r.revision,
      })),
    };
  },
);
