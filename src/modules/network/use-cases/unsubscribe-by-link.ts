import { unsubscribeTokenParam } from '../../../contracts/network.js';
import { defineUseCase } from '../../../core/use-case.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { subscriberOfLink } from './unsubscribe-link.js';

/**
 * The click on the unsubscribe page: no login, the link is the key. From then on the address is never
 * mailed (the pending e-mails of an issue check it) nor added back by staff. Done twice is done.
 * Opening the link (GET) changes nothing: mail scanners open links before people do.
 */
export const unsubscribeByLink = defineUseCase(
  unsubscribeTokenParam,
  async ({ input, ctx, trx, now, audit }) => {
    const subscriber = await subscriberOfLink(trx, input.token);
    await bulletinRepository(trx).unsubscribe(subscriber.id, subscriber.organizationId, now);
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: subscriber.organizationId,
      action: 'network.subscriber_unsubscribe',
      resourceType: 'network_subscriber',
      resourceId: subscriber.id,
      requestId: ctx.requestId,
      details: { by: 'link', already: subscriber.unsubscribedAt !== null },
    });
    return { unsubscribed: true as const };
  },
);
