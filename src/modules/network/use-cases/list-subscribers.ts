import type { z } from 'zod';
import { subscribersQuery, type subscriberView } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';

/** The mailing list, a page at a time, with each subscriber's consent. A read of addresses: audited. */
export const listSubscribers = defineUseCase(subscribersQuery, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, bulletinRoles);
  const list = await bulletinRepository(trx).listSubscribers(actor.organizationId, input);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'network.subscribers_read',
    resourceType: 'network_mailing_list',
    resourceId: null,
    requestId: ctx.requestId,
    details: { state: input.state, search: Boolean(input.q), rows: list.items.length },
  });
  return {
    ...list,
    page: input.page,
    pageSize: input.pageSize,
    items: list.items.map(
      (s): z.input<typeof subscriberView> => ({
        id: s.id,
        email: s.email,
        name: s.name,
        consentedOn: s.consentedOn,
        consentSource: s.consentSource,
        consentWording: s.consentWording,
        unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
      }),
    ),
  };
});
