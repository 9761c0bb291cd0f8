import { unsubscribeTokenParam } from '../../../contracts/network.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { hashToken } from '../../accounts/domain/tokens.js';
import { organizationsApi } from '../../organizations/api.js';
import { bulletinRepository } from '../adapters/bulletin-repository.js';
import { maskedEmail } from '../domain/bulletin-mail.js';
import { networkErrors } from '../errors.js';

/** The subscriber an e-mail's link names; an unknown token answers 404 NETWORK_UNSUBSCRIBE_LINK_INVALID. */
export async function subscriberOfLink(db: Executor, token: string) {
  const repo = bulletinRepository(db);
  const delivery = await repo.deliveryByTokenHash(hashToken(token));
  const subscriber = delivery ? await repo.findSubscriber(delivery.subscriberId) : undefined;
  if (!delivery || !subscriber || subscriber.organizationId !== delivery.organizationId)
    throw networkErrors.unsubscribeLinkInvalid();
  return subscriber;
}

/** What the unsubscribe page shows before the click: whose bulletin, the address partly hidden. */
export const unsubscribeLinkView = defineUseCase(unsubscribeTokenParam, async ({ input, trx }) => {
  const subscriber = await subscriberOfLink(trx, input.token);
  const organization = await organizationsApi(trx).findOrganization(subscriber.organizationId);
  return {
    organizationName: organization?.name ?? '',
    maskedEmail: maskedEmail(subscriber.email),
    unsubscribed: subscriber.unsubscribedAt !== null,
  };
});
