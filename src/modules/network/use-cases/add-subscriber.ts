import { subscriberBody } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { bulletinRoles } from '../domain/network-roles.js';
import { networkErrors } from '../errors.js';

/**
 * A subscriber with the consent they gave (the day, how, the words shown). An address on the list is
 * refused, and one that unsubscribed is never put back by staff. Audited without the address.
 */
export const addSubscriber = defineUseCase(subscriberBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, bulletinRoles);
  const repo = bulletinRepository(trx);
  const [known] = await repo.subscribersByEmail(actor.organizationId, [input.email]);
  if (known)
    throw known.unsubscribedAt ? networkErrors.unsubscribedBefore() : networkErrors.alreadySubscribed();
  const id = newId();
  await repo.insertSubscribers([
    {
      id,
      organizationId: actor.organizationId,
      email: input.email,
      name: input.name ?? null,
      consentedOn: input.consentedOn,
      consentSource: input.consentSource,
      consentWording: input.consentWording,
      createdBy: actor.userId,
      now,
    },
  ]);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'network.subscriber_add',
    resourceType: 'network_subscriber',
    resourceId: id,
    requestId: ctx.requestId,
    details: { consentSource: input.consentSource, name: Boolean(input.name) },
  });
  return { id };
});
