import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { occupationNamer, occupationRelations } from '../../reference/api.js';
import { offerErrors } from '../errors.js';
import { offerActor, requireOffer } from './offer-access.js';
import { offerViewOf } from './offer-views.js';

const input = z.object({ offerId: z.uuid(), lang: z.enum(['fr', 'en', 'es', 'ar', 'uk']).default('en') });

/**
 * One offer with its occupation named in the reader's language and its equivalents in ROME, O*NET-SOC
 * and NOC (what a French, American or Canadian counselor or employer calls the job). Not personal data:
 * not audited.
 */
export const getOffer = defineUseCase(input, async ({ input, ctx, trx, now }) => {
  const actor = offerActor(ctx, false);
  const offer = await requireOffer(trx, input.offerId, actor.organizationId);
  const employer = await employerSummary(trx, offer.employerId, actor.organizationId);
  if (!employer) throw offerErrors.offerNotFound();
  const site = offer.siteId ? await siteSummary(trx, offer.siteId, actor.organizationId) : undefined;
  let occupation = null;
  if (offer.escoId) {
    const name = await occupationNamer(trx, [offer.escoId], input.lang);
    const relations = occupationRelations();
    occupation = {
      escoId: offer.escoId,
      label: name(offer.escoId) ?? null,
      iscoCode: offer.iscoCode,
      equivalents: relations.equivalents(offer.escoId).map((link) => ({
        scheme: link.scheme,
        code: link.code,
        relation: link.relation,
        title: relations.titleOf(link.scheme, link.code, input.lang),
      })),
    };
  }
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  return offerViewOf(
    offer,
    { id: employer.id, name: employer.name, siae: employer.siae },
    site ? { id: site.id, name: site.name } : null,
    occupation,
    today,
  );
});
