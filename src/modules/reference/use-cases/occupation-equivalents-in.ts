import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { crosswalkAttribution } from '../domain/crosswalk-attribution.js';
import { equivalenceCountries, isEquivalenceCountry } from '../domain/occupation-equivalence.js';
import { occupationSchemes, titleLanguages } from '../domain/occupation-titles.js';
import { referenceErrors } from '../errors.js';
import { equivalentsIn } from '../occupation-translation.js';

export const occupationEquivalentsInInput = z.object({
  scheme: z.enum(occupationSchemes),
  code: z.string().trim().min(1).max(100),
  /** Where the person lives now; the organization's country when absent. */
  country: z.enum(equivalenceCountries).optional(),
  lang: z.enum(titleLanguages).default('en'),
});

/**
 * An occupation of any classification and its equivalents in the classification of the country where
 * the person lives now (the organization's unless another is asked). Reference data: any staff member
 * may read it, unaudited.
 */
export const occupationEquivalentsIn = defineUseCase(
  occupationEquivalentsInInput,
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    const country =
      input.country ?? (await organizationsApi(trx).findOrganization(actor.organizationId))?.country;
    if (!isEquivalenceCountry(country)) throw referenceErrors.countryWithoutClassification();
    const answer = await equivalentsIn(trx, { scheme: input.scheme, code: input.code }, country, input.lang);
    if (!answer) throw referenceErrors.occupationCodeNotFound();
    return { ...answer, attribution: crosswalkAttribution };
  },
);
