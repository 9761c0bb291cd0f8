import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsRepository } from '../adapters/organizations-repository.js';
import { organizationErrors } from '../errors.js';

/** Any staff member may see their organization, its sites and its consortium partners. */
export const myOrganization = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  const repo = organizationsRepository(trx);
  const organization = await repo.findOrganization(actor.organizationId);
  if (!organization) throw organizationErrors.organizationNotFound();
  const consortia = await repo.consortiaOfOrganization(actor.organizationId);
  const strip = ({ defaultLocale: _ignored, ...rest }: typeof organization) => rest;
  return {
    organization: strip(organization),
    sites: await repo.listSites(actor.organizationId),
    consortia: await Promise.all(
      consortia.map(async (c) => ({ ...c, members: (await repo.consortiumMembers(c.id)).map(strip) })),
    ),
  };
});
