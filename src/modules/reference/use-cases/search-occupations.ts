import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { referenceRepository } from '../adapters/reference-repository.js';
import { escoAttribution, occupationLanguages } from '../domain/occupation-languages.js';
import { foldOccupationTitle } from '../domain/occupation-titles.js';

export const searchOccupationsInput = z.object({
  q: z.string().trim().min(2).max(100),
  lang: z.enum(occupationLanguages).default('fr'),
  limit: z.number().int().min(1).max(50).default(15),
});

/** Reference data, not personal data: any staff member may search it; nothing is audited. */
export const searchOccupations = defineUseCase(searchOccupationsInput, async ({ input, ctx, trx }) => {
  requireActor(ctx);
  const items = await referenceRepository(trx).searchOccupations(
    foldOccupationTitle(input.q),
    input.lang,
    input.limit,
  );
  return { items, attribution: escoAttribution };
});
