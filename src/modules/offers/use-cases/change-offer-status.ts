import { z } from 'zod';
import { offerStatusBody } from '../../../contracts/offers.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { offersRepository } from '../adapters/offers-repository.js';
import { effectiveOfferStatus, offerMoveRefusal } from '../domain/offer-status.js';
import { offerErrors } from '../errors.js';
import { offerActor, requireOffer } from './offer-access.js';

const input = offerStatusBody.extend({ offerId: z.uuid() });

/** Marks an offer filled or closed, or reopens it; the day is the organization's. Audited. */
export const changeOfferStatus = defineUseCase(input, async ({ input, ctx, trx, now, audit }) => {
  const actor = offerActor(ctx, true);
  const offer = await requireOffer(trx, input.offerId, actor.organizationId);
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const shown = effectiveOfferStatus(offer.status, offer.expiresOn, today);
  const refusal = offerMoveRefusal(shown, input.status, offer.expiresOn, today);
  if (refusal === 'same_status') throw offerErrors.sameStatus();
  if (refusal === 'closing_date_passed') throw offerErrors.closingDatePassed();
  await offersRepository(trx).setStatus(offer.id, input.status, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'offer.status',
    resourceType: 'job_offer',
    resourceId: offer.id,
    requestId: ctx.requestId,
    details: { from: shown, to: input.status },
  });
  return { id: offer.id, status: input.status };
});
