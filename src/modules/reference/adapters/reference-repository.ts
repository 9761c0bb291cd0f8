import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { OccupationLanguage } from '../domain/occupation-languages.js';
import './tables.js';

export function referenceRepository(db: Executor) {
  return {
    /**
     * Occupations whose labels (preferred or alternative) in the language resemble the text: labels
     * that start with it first, then by trigram word similarity. One row per occupation.
     */
    async searchOccupations(search: string, lang: OccupationLanguage, limit: number) {
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.4`.execute(db);
      const labelColumn = sql.ref(`o.label_${lang}`);
      const result = await sql<{
        escoId: string;
        label: string;
        matchedLabel: string;
        isco08Code: string;
        regulatedEu: boolean;
        score: number;
      }>`
        SELECT o.esco_id AS "escoId", ${labelColumn} AS label, o.isco08_code AS "isco08Code",
               o.regulated_eu AS "regulatedEu", best.label AS "matchedLabel", best.score AS score
        FROM (
          SELECT DISTINCT ON (l.esco_id) l.esco_id, l.label,
                 (CASE WHEN l.search_text LIKE ${`${search}%`} THEN 1 ELSE 0 END) + word_similarity(${search}, l.search_text) + similarity(${search}, l.search_text) AS score
          FROM reference_occupation_labels l
          WHERE l.lang = ${lang} AND ${search} <% l.search_text
          ORDER BY l.esco_id, score DESC
        ) best
        JOIN reference_occupations o ON o.esco_id = best.esco_id
        ORDER BY best.score DESC, label
        LIMIT ${limit}
      `.execute(db);
      return result.rows;
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
    async findOccupation(escoId: string) {
      return db
        .selectFrom('reference_occupations')
        .selectAll()
        .where('esco_id', '=', escoId)
        .executeTakeFirst();
    },
  };
}
