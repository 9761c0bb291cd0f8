import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { retentionRepository } from '../adapters/retention-repository.js';
import { registerRoles, retentionSettingsRoles } from '../domain/privacy-roles.js';
import { type RetentionPurpose, retentionPurposes } from '../domain/retention.js';

/** Each purpose with its period in months, null when the organization has set none (nothing expires). */
export async function retentionPeriodsOf(
  db: Parameters<typeof retentionRepository>[0],
  organizationId: string,
) {
  const rows = await retentionRepository(db).policiesOf(organizationId);
  const byPurpose = new Map(rows.map((r) => [r.purpose, r]));
  return retentionPurposes.map((purpose) => {
    const row = byPurpose.get(purpose);
    return {
      purpose,
      months: row?.months ?? null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
    };
  });
}

export const getRetentionPolicies = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, [...new Set([...registerRoles, ...retentionSettingsRoles])]);
  return { items: await retentionPeriodsOf(trx, actor.organizationId) };
});

export const setRetentionPoliciesInput = z.object({
  policies: z
    .array(
      z.object({
        purpose: z.enum(retentionPurposes),
        months: z.number().int().min(1).max(1200).nullable(),
      }),
    )
    .min(1)
    .max(retentionPurposes.length)
    .refine((list) => new Set(list.map((p) => p.purpose)).size === list.length, {
      message: 'each purpose at most once',
    }),
});

/** Directors and administrators set how long the organization keeps what; audited with the purposes changed. */
export const setRetentionPolicies = defineUseCase(
  setRetentionPoliciesInput,
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, retentionSettingsRoles);
    const before = new Map(
      (await retentionPeriodsOf(trx, actor.organizationId)).map((p) => [p.purpose, p.months]),
    );
    const changed: { purpose: RetentionPurpose; fromMonths: number | null; toMonths: number | null }[] = [];
    for (const policy of input.policies) {
      if (before.get(policy.purpose) === policy.months) continue;
      await retentionRepository(trx).set(
        actor.organizationId,
        policy.purpose,
        policy.months,
        actor.userId,
        now,
      );
      changed.push({
        purpose: policy.purpose,
        fromMonths: before.get(policy.purpose) ?? null,
        toMonths: policy.months,
      });
    }
    if (changed.length > 0)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'privacy.retention_update',
        resourceType: 'organization',
        resourceId: actor.organizationId,
        requestId: ctx.requestId,
        details: { changed },
      });
    return { items: await retentionPeriodsOf(trx, actor.organizationId) };
  },
);
