import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { occupationCrosswalks, titleIn } from '../adapters/occupation-crosswalk-files.js';
import { referenceRepository } from '../adapters/reference-repository.js';
import { crosswalkAttribution } from '../domain/crosswalk-attribution.js';
import { occupationLabelFor } from '../domain/occupation-label.js';
import { escoIdOf, occupationLanguageOf } from '../domain/occupation-languages.js';
import { referenceErrors } from '../errors.js';

export const occupationEquivalentsInput = z.object({
  escoId: z.string().trim().min(1).max(300),
  locale: z.string().min(2).max(10).default('en'),
});

/**
 * An ESCO occupation and the codes it corresponds to in France (ROME), the United States (O*NET-SOC)
 * and Canada (NOC 2021), each with its relation and its title in the reader's language when the
 * classification has one. Reference data, not personal data: any staff member may read it, unaudited.
 */
export const occupationEquivalents = defineUseCase(
  occupationEquivalentsInput,
  async ({ input, ctx, trx }) => {
    requireActor(ctx);
    const escoId = escoIdOf(input.escoId);
    const occupation = await referenceRepository(trx).findOccupation(escoId);
    if (!occupation) throw referenceErrors.occupationNotFound();
    const language = occupationLanguageOf(input.locale);
    const { graph, titles } = occupationCrosswalks();
    return {
      escoId,
      label: occupationLabelFor(occupation[`label_${language}`], null),
      iscoCode: occupation.isco08_code,
      regulatedEu: occupation.regulated_eu,
      equivalents: graph.equivalents(escoId).map((link) => {
        const title = titles.get(`${link.scheme}:${link.code}`);
        return {
          scheme: link.scheme,
          code: link.code,
          relation: link.relation,
          title: titleIn(title, language),
          regulated: title?.regulated ?? null,
        };
      }),
      attribution: crosswalkAttribution,
    };
  },
);
