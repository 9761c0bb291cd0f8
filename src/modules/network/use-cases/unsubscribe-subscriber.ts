import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';
import { networkErrors } from '../errors.js';

/** Staff unsubscribe someone who asked another way; done twice is done. Audited. */
export const unsubscribeSubscriber = defineUseCase(
  z.object({ subscriberId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, bulletinRoles);
    const repo = bulletinRepository(trx);
    const subscriber = await repo.findSubscriber(input.subscriberId);
    if (!subscriber || subscriber.organizationId !== actor.organizationId)
      throw networkErrors.subscriberNotFound();
    await repo.unsubscribe(subscriber.id, actor.organizationId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.subscriber_unsubscribe',
      resourceType: 'network_subscriber',
      resourceId: subscriber.id,
      requestId: ctx.requestId,
      details: { by: 'staff', already: subscriber.unsubscribedAt !== null },
    });
    return undefined;
  },
);
