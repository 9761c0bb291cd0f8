import { z } from 'zod';
import { optionalText, text } from '../../../contracts/primitives.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { staffAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';

export const addSiteInput = z.object({
  name: text(200).min(2),
  address: optionalText(500),
  city: optionalText(120),
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
