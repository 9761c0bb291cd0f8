import { z } from 'zod';
import type { conveningSummary } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { networkRoles } from '../domain/network-roles.js';

/** The organization's convenings, latest first, with their counts (no registrant's data). */
export const listConvenings = defineUseCase(
  z.object({}),
  async ({ ctx, trx }): Promise<{ items: z.input<typeof conveningSummary>[] }> => {
    const actor = requireActor(ctx);
    requireRole(actor, networkRoles);
    const timeZone = await organizationsApi(trx).timeZoneOf(actor.organizationId);
    const convenings = await conveningsRepository(trx).listConvenings(actor.organizationId);
    return {
      items: convenings.map((c) => ({
        id: c.id,
        title: c.title,
        startsAt: c.startsAt.toISOString(),
        endsAt: c.endsAt?.toISOString() ?? null,
        timeZone,
        place: c.place,
        capacity: c.capacity,
        publicRegistration: c.publicRegistration,
        registered: c.registered,
        present: c.present,
      })),
    };
  },
);
