import { z } from 'zod';
import { offerBody } from '../../../contracts/offers.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { offersRepository } from '../adapters/offers-repository.js';
import { offerErrors } from '../errors.js';
import { offerActor, requireOffer } from './offer-access.js';
import { offerFieldsOf } from './offer-terms.js';

const input = offerBody.omit({ employerId: true }).extend({ offerId: z.uuid() });

/** Corrects an offer; its employer stays. Audited with the names of the fields that changed. */
export const changeOffer = defineUseCase(input, async ({ input, ctx, trx, now, audit }) => {
  const actor = offerActor(ctx, true);
  const offer = await requireOffer(trx, input.offerId, actor.organizationId);
  const employer = await employerSummary(trx, offer.employerId, actor.organizationId);
  if (!employer) throw offerErrors.employerNotFound();
  const fields = await offerFieldsOf(trx, input, employer, actor.organizationId);
  const repository = offersRepository(trx);
  if (fields.sourceReference) {
    const holder = await repository.idOfSourceReference(
      actor.organizationId,
      fields.source,
      fields.sourceReference,
    );
    if (holder && holder !== offer.id)
      throw offerErrors.sourceReferenceTaken(undefined, [{ path: 'body.sourceReference' }]);
  }
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
    (key) => JSON.stringify(fields[key]) !== JSON.stringify(offer[key]),
  );
  if (changed.length > 0) await repository.update(offer.id, fields, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'offer.change',
    resourceType: 'job_offer',
    resourceId: offer.id,
    requestId: ctx.requestId,
    details: { fields: changed },
  });
  return { id: offer.id };
});
