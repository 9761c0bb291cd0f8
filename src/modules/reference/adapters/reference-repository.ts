import type { Executor } from '../../../core/db/types.js';
import type { OccupationLanguage } from '../domain/occupation-languages.js';
import { occupationTitlesRepository } from './occupation-titles-repository.js';
import './tables.js';

export function referenceRepository(db: Executor) {
  return {
    /**
     * ESCO occupations whose labels in the language resemble the folded text (`foldOccupationTitle`):
     * the whole label, its beginning, a word's beginning, then a word that resembles one searched
     * (a typo). One row per occupation, best first; `score` is the tier, plus one unless through a typo.
     */
    async searchOccupations(search: string, lang: OccupationLanguage, limit: number) {
      const hits = await occupationTitlesRepository(db).search({ search, schemes: ['esco'], lang, limit });
      if (hits.length === 0) return [];
      const occupations = new Map(
        (
          await db
            .selectFrom('reference_occupations')
            .selectAll()
            .where(
              'esco_id',
              'in',
              hits.map((hit) => hit.code),
            )
            .execute()
        ).map((row) => [row.esco_id, row]),
      );
      return hits.flatMap((hit) => {
        const occupation = occupations.get(hit.code);
        if (!occupation) return [];
        return [
          {
            escoId: hit.code,
            label: occupation[`label_${lang}`],
            matchedLabel: hit.label,
            isco08Code: occupation.isco08_code,
            regulatedEu: occupation.regulated_eu,
            score: hit.tier + (hit.fuzzy ? 0 : 1),
          },
        ];
      });
    },
    /** The preferred labels of these occupations in every language shipped. */
    async preferredLabels(escoIds: readonly string[]) {
      if (escoIds.length === 0) return [];
      return db
        .selectFrom('reference_occupations')
        .select(['esco_id', 'label_en', 'label_fr', 'label_es', 'label_ar', 'label_uk'])
        .where('esco_id', 'in', [...escoIds])
        .execute();
    },
    /** ISCO group and EU regulation of these occupations (those that exist). */
    async occupationFacts(escoIds: readonly string[]) {
      if (escoIds.length === 0) return [];
      return db
        .selectFrom('reference_occupations')
        .select(['esco_id as escoId', 'isco08_code as iscoCode', 'regulated_eu as regulatedEu'])
        .where('esco_id', 'in', [...escoIds])
        .execute();
    },
    async findOccupation(escoId: string) {
      return db
        .selectFrom('reference_occupations')
        .selectAll()
        .where('esco_id', '=', escoId)
        .executeTakeFirst();
    },
  };
}
