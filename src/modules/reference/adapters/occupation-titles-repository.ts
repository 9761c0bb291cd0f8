import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import {
  fuzzySearchMinLength,
  type OccupationRef,
  type OccupationScheme,
  type TitleLanguage,
  type TitleType,
} from '../domain/occupation-titles.js';
import './tables.js';

export interface TitleHit {
  scheme: OccupationScheme;
  code: string;
  lang: TitleLanguage;
  label: string;
  labelType: TitleType;
  /** 3 the whole title, 2 its beginning, 1 the beginning of a word, 0 resemblance (`matchTier`), against the search with its typos corrected. */
  tier: number;
  /** Found through a word that resembles a searched one (a typo), not one it begins. */
  fuzzy: boolean;
  /** How many of the code's titles matched: the likelier meaning of an abbreviation ("RN") first. */
  titles: number;
}

/** At most this many words of a search are looked up (a title is rarely longer). */
const searchedWords = 6;

export function occupationTitlesRepository(db: Executor) {
  /**
   * The shipped words a searched word may stand for: itself and the words it begins (the most frequent
   * first; two letters only the word they are, if any); with `resembling`, from `fuzzySearchMinLength` characters, also the words it most
   * resembles (a typo), the closest one as its correction.
   */
  async function wordsFor(word: string, resembling: boolean) {
    const started = await sql<{ word: string }>`
      SELECT word FROM reference_occupation_words
      WHERE word LIKE ${`${word}%`}
      ORDER BY word = ${word} DESC, titles DESC, word COLLATE "C"
      LIMIT ${word.length < 3 ? 5 : 40}
    `.execute(db);
    // Two letters stand only for a whole word written so ("RN"): the words they begin ("manager",
    // "machine") would each bring thousands of titles before a third letter is typed.
    const words =
      word.length >= 3 ? started.rows.map((row) => row.word) : started.rows[0]?.word === word ? [word] : [];
    if (!resembling || word.length < fuzzySearchMinLength) return { words, corrected: null };
    await sql`SET LOCAL pg_trgm.similarity_threshold = 0.3`.execute(db);
    const similar = await sql<{ word: string }>`
      SELECT word FROM reference_occupation_words
      WHERE word % ${word}
      ORDER BY similarity(word, ${word}) DESC, titles DESC, word COLLATE "C"
      LIMIT 5
    `.execute(db);
    const corrections = similar.rows.map((row) => row.word);
    return {
      words: [...new Set([...words, ...corrections])],
      corrected: corrections.find((correction) => correction !== word) ?? null,
    };
  }

  /** Titles holding, for every searched word, one of the words it may stand for; best per code first. */
  async function titlesWith(
    searched: readonly string[],
    found: readonly { words: string[]; corrected: string | null }[],
    filter: {
      schemes?: readonly OccupationScheme[] | undefined;
      lang?: TitleLanguage | undefined;
      limit: number;
    },
  ): Promise<TitleHit[]> {
    if (found.some((f) => f.words.length === 0)) return [];
    const search = searched.map((word, i) => found[i]?.corrected ?? word).join(' ');
    const fuzzy = found.some((f) => f.corrected !== null);
    const { schemes, lang, limit } = filter;
    // Sorted byte-wise (COLLATE "C"): the order of codes only groups them, and a collation's rules cost.
    const result = await sql<TitleHit>`
      SELECT scheme, code, lang, label, label_type AS "labelType", tier, titles
      FROM (
        SELECT DISTINCT ON (ref) ref, scheme, code, lang, label, label_type, tier,
               count(*) OVER best_first AS titles
        FROM (
          SELECT (scheme || ':' || code) COLLATE "C" AS ref, scheme, code, lang, label, label_type,
                 CASE WHEN search_text = ${search} THEN 3 WHEN search_text LIKE ${`${search}%`} THEN 2
                      WHEN search_text LIKE ${`% ${search}%`} THEN 1 ELSE 0 END AS tier
          FROM reference_occupation_titles
          WHERE ${sql.join(
            found.map((f) => sql`string_to_array(search_text, ' ') && ${f.words}::text[]`),
            sql` AND `,
          )}
            ${schemes && schemes.length > 0 ? sql`AND scheme IN (${sql.join(schemes)})` : sql``}
            ${lang ? sql`AND lang = ${lang}` : sql``}
        ) hits
        -- The window sorted as DISTINCT ON is: one sort of the hits instead of two.
        WINDOW best_first AS (
          PARTITION BY ref ORDER BY tier DESC, label_type LIKE 'preferred%' DESC, length(label), label COLLATE "C"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        )
        ORDER BY ref, tier DESC, label_type LIKE 'preferred%' DESC, length(label), label COLLATE "C"
      ) best
      ORDER BY tier DESC, titles DESC, length(label), ref
      LIMIT ${limit}
    `.execute(db);
    return result.rows.map((row) => ({ ...row, tier: Number(row.tier), titles: Number(row.titles), fuzzy }));
  }

  return {
    /**
     * The best-matching title of each code whose titles hold every searched word or a word it begins
     * (when none does: or, for a typo, a word it resembles), best first: the whole title, its beginning, a word's
     * beginning (`matchTier`, against the search with its typos corrected), then the codes more of
     * whose titles match, then shorter titles. `search` is folded (`foldOccupationTitle`).
     */
    async search(options: {
      search: string;
      schemes?: readonly OccupationScheme[] | undefined;
      lang?: TitleLanguage | undefined;
      limit: number;
    }): Promise<TitleHit[]> {
      const searched = options.search.split(' ').filter(Boolean).slice(0, searchedWords);
      if (searched.length === 0) return [];
      const exactly = [];
      for (const word of searched) exactly.push(await wordsFor(word, false));
      const hits = await titlesWith(searched, exactly, options);
      if (hits.length > 0 || searched.every((word) => word.length < fuzzySearchMinLength)) return hits;
      const loosely = [];
      for (const word of searched) loosely.push(await wordsFor(word, true));
      return titlesWith(searched, loosely, options);
    },

    /** The classifications' own titles of these codes (not their parts), in every language they have. */
    async preferredTitles(refs: readonly OccupationRef[]) {
      if (refs.length === 0) return [];
      const result = await sql<{
        scheme: OccupationScheme;
        code: string;
        lang: TitleLanguage;
        label: string;
      }>`
        SELECT scheme, code, lang, label
        FROM reference_occupation_titles
        WHERE label_type = 'preferred'
          AND (scheme, code) IN (${sql.join(refs.map((ref) => sql`(${ref.scheme}, ${ref.code})`))})
      `.execute(db);
      return result.rows;
    },
  };
}
