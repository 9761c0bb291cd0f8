import type { z } from 'zod';
import { type partnerSummary, partnersQuery } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { consortiumPartnersOf } from './partner-access.js';

/** The organization's partners and those its consortium partners share, by name, with search and filters. */
export const listPartners = defineUseCase(
  partnersQuery,
  async ({ input, ctx, trx }): Promise<{ items: z.input<typeof partnerSummary>[] }> => {
    const actor = requireActor(ctx);
    requireRole(actor, networkRoles);
    const sharedBy = await consortiumPartnersOf(trx, actor.organizationId);
    const partners = await partnersRepository(trx).listPartners(actor.organizationId, sharedBy, input);
    const owners = await organizationsApi(trx).listOrganizations([
      ...new Set(partners.map((p) => p.organizationId)),
    ]);
    const ownerName = new Map(owners.map((o) => [o.id, o.name]));
    return {
      items: partners.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        sectors: [...p.sectors],
        area: p.area,
        website: p.website,
        employerId: p.employerId,
        sharedWithConsortium: p.sharedWithConsortium,
        owned: p.organizationId === actor.organizationId,
        ownerName: ownerName.get(p.organizationId) ?? '',
        contacts: p.contacts,
        lastEngagementOn: p.lastEngagementOn,
      })),
    };
  },
);
