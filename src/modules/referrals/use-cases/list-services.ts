import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { servicesRepository } from '../adapters/services-repository.js';
import { requireReferralRole } from './referral-access.js';
import { partnersSharingServices } from './service-access.js';

/** The partner directory: the organization's services, and those its consortium partners share (read only). */
export const listServices = defineUseCase(
  z.object({ archived: z.enum(['true', 'false']).default('false') }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireReferralRole(actor, 'list');
    const services = await servicesRepository(trx).readableBy(
      actor.organizationId,
      await partnersSharingServices(trx, actor.organizationId),
      input.archived === 'true',
    );
    const organizations = await organizationsApi(trx).listOrganizations([
      ...new Set(services.map((s) => s.organizationId)),
    ]);
    const nameOf = (id: string) => organizations.find((o) => o.id === id)?.name ?? '';
    return {
      items: services.map(({ organizationId, archivedAt, ...s }) => ({
        ...s,
        organization: { id: organizationId, name: nameOf(organizationId) },
        own: organizationId === actor.organizationId,
        archived: archivedAt !== null,
      })),
    };
  },
);
