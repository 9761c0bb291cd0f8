import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { crosswalkAttribution } from '../domain/crosswalk-attribution.js';
import { occupationSchemes, titleLanguages } from '../domain/occupation-titles.js';
import { searchAcrossClassifications } from '../occupation-translation.js';

export const searchOccupationTitlesInput = z.object({
  q: z.string().trim().min(2).max(100),
  /** Only titles in this language; all languages when absent. */
  lang: z.enum(titleLanguages).optional(),
  /** Only this classification; all when absent. */
  scheme: z.enum(occupationSchemes).optional(),
  /** The reader's language, for each occupation's own title. */
  locale: z.enum(titleLanguages).default('en'),
  limit: z.number().int().min(1).max(50).default(15),
});

/**
 * Occupations of ESCO, ROME, O*NET-SOC and NOC 2021 whose titles match the text, in any language or
 * one. Reference data, not personal data: any staff member may search it; nothing is audited.
 */
export const searchOccupationTitles = defineUseCase(
  searchOccupationTitlesInput,
  async ({ input, ctx, trx }) => {
    requireActor(ctx);
    const items = await searchAcrossClassifications(trx, {
      q: input.q,
      lang: input.lang,
      schemes: input.scheme ? [input.scheme] : undefined,
      locale: input.locale,
      limit: input.limit,
    });
    return { items, attribution: crosswalkAttribution };
  },
);
