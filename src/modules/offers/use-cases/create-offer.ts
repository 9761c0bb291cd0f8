import { offerBody } from '../../../contracts/offers.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary } from '../../employers/api.js';
import { offersRepository } from '../adapters/offers-repository.js';
import { currencyOfCountry } from '../domain/pay.js';
import { offerErrors } from '../errors.js';
import { offerActor } from './offer-access.js';
import { offerFieldsOf } from './offer-terms.js';

/**
 * A job offer of an employer the organization's directory holds (its own, or a consortium partner's
 * shared one). Open from the start. Audited with the field names, not their values.
 */
export const createOffer = defineUseCase(offerBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = offerActor(ctx, true);
  const employer = await employerSummary(trx, input.employerId, actor.organizationId);
  if (!employer) throw offerErrors.employerNotFound(undefined, [{ path: 'body.employerId' }]);
  const fields = await offerFieldsOf(trx, input, employer, actor.organizationId);
  const repository = offersRepository(trx);
  if (
    fields.sourceReference &&
    (await repository.idOfSourceReference(actor.organizationId, fields.source, fields.sourceReference))
  )
    throw offerErrors.sourceReferenceTaken(undefined, [{ path: 'body.sourceReference' }]);
  const id = newId();
  await repository.insert(
    {
      ...fields,
      id,
      organizationId: actor.organizationId,
      employerId: employer.id,
      country: employer.country,
      currency: currencyOfCountry[employer.country],
    },
    actor.userId,
    now,
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'offer.create',
    resourceType: 'job_offer',
    resourceId: id,
    requestId: ctx.requestId,
    details: {
      employerId: employer.id,
      contractType: fields.contractType,
      withOccupation: Boolean(fields.escoId),
    },
  });
  return { id };
});
