import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { staffAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';

export const addSiteInput = z.object({
  name: z.string().trim().min(2).max(200),
  address: z.string().trim().max(500).nullish(),
  city: z.string().trim().max(120).nullish(),
});

export const addSite = defineUseCase(addSiteInput, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, staffAdminRoles);
  const site = { id: newId(), name: input.name, address: input.address ?? null, city: input.city ?? null };
  await organizationsRepository(trx).insertSite({
    ...site,
    organizationId: actor.organizationId,
    createdAt: now,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'site.create',
    resourceType: 'site',
    resourceId: site.id,
    requestId: ctx.requestId,
  });
  return site;
});
