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

/** A hit with what the reader sees beside it, read in the same statement. */
export interface TitleHitWithOwnTitles extends TitleHit {
  /** The code's own (preferred) titles by language. */
  ownTitles: Partial<Record<TitleLanguage, string>>;
  /** ESCO hits: whether ESCO flags the occupation as an EU sectoral profession; null otherwise. */
  regulatedEu: boolean | null;
}

/**
 * The words a searched word may stand for, as an expression: itself and the words it begins (the most
 * frequent first; two letters only the word they are, if any); with `resembling`, from
 * `fuzzySearchMinLength` characters, also the words it most resembles (a typo), the closest one being
 * its correction. Constant patterns, so the word list's prefix and trigram indexes serve each.
 */
function wordsOf(word: string, index: number, resembling: boolean) {
  const name = sql.raw(`w${index}`);
  const started =
    word.length >= 3
      ? sql`SELECT word FROM (
          SELECT word FROM reference_occupation_words WHERE word LIKE ${`${word}%`}
          ORDER BY word = ${word} DESC, titles DESC, word COLLATE "C" LIMIT 40) started`
      : // Two letters stand only for a whole word written so ("RN"): the words they begin ("manager",
        // "machine") would each bring thousands of titles before a third letter is typed.
        sql`SELECT word FROM reference_occupation_words WHERE word = ${word}`;
  if (!resembling || word.length < fuzzySearchMinLength)
    return sql`${name} AS (
      SELECT coalesce(array_agg(word), '{}'::text[]) AS words, NULL::text AS corrected FROM (${started}) s
    )`;
  return sql`${name} AS (
    SELECT
      (SELECT coalesce(array_agg(DISTINCT word), '{}'::text[]) FROM (
         ${started}
         UNION ALL
         SELECT word FROM (
           SELECT word FROM reference_occupation_words WHERE word % ${word}
           ORDER BY similarity(word, ${word}) DESC, titles DESC, word COLLATE "C" LIMIT 5) resembling
       ) s) AS words,
      (SELECT word FROM reference_occupation_words
        WHERE word % ${word} AND word <> ${word}
        ORDER BY similarity(word, ${word}) DESC, titles DESC, word COLLATE "C" LIMIT 1) AS corrected
  )`;
}

export function occupationTitlesRepository(db: Executor) {
  /**
   * One statement: each searched word's words (`wordsOf`), the titles holding one of them for every
   * searched word, the best title per code ranked, and beside each code its own titles and ESCO's flag.
   * The ranking is against the search with its typos corrected.
   */
  async function titlesWith(
    searched: readonly string[],
    resembling: boolean,
    filter: {
      schemes?: readonly OccupationScheme[] | undefined;
      lang?: TitleLanguage | undefined;
      limit: number;
    },
  ): Promise<TitleHitWithOwnTitles[]> {
    const { schemes, lang, limit } = filter;
    const ctes = searched.map((word, i) => wordsOf(word, i, resembling));
    const words = searched.map((_, i) => sql.raw(`w${i}`));
    const search = sql`concat_ws(' ', ${sql.join(
      searched.map((word, i) => sql`coalesce(${sql.raw(`w${i}`)}.corrected, ${word})`),
    )})`;
    const fuzzy = sql.join(
      searched.map((_, i) => sql`${sql.raw(`w${i}`)}.corrected IS NOT NULL`),
      sql` OR `,
    );
    // Sorted byte-wise (COLLATE "C"): the order of codes only groups them, and a collation's rules cost.
    const result = await sql<
      Omit<TitleHitWithOwnTitles, 'ownTitles'> & { ownTitles: Record<string, string> | null }
    >`
      WITH ${sql.join(ctes)},
      q AS (SELECT ${search} AS search, (${fuzzy}) AS fuzzy FROM ${sql.join(words)}),
      best AS (
        SELECT DISTINCT ON (ref) ref, scheme, code, lang, label, label_type, tier,
               count(*) OVER best_first AS titles
        FROM (
          SELECT (t.scheme || ':' || t.code) COLLATE "C" AS ref, t.scheme, t.code, t.lang, t.label, t.label_type,
                 CASE WHEN t.search_text = q.search THEN 3 WHEN t.search_text LIKE q.search || '%' THEN 2
                      WHEN t.search_text LIKE '% ' || q.search || '%' THEN 1 ELSE 0 END AS tier
          FROM reference_occupation_titles t, q
          WHERE ${sql.join(
            words.map((w) => sql`string_to_array(t.search_text, ' ') && (SELECT words FROM ${w})`),
            sql` AND `,
          )}
            ${schemes && schemes.length > 0 ? sql`AND t.scheme IN (${sql.join(schemes)})` : sql``}
            ${lang ? sql`AND t.lang = ${lang}` : sql``}
        ) hits
        -- The window sorted as DISTINCT ON is: one sort of the hits instead of two.
        WINDOW best_first AS (
          PARTITION BY ref ORDER BY tier DESC, label_type LIKE 'preferred%' DESC, length(label), label COLLATE "C"
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        )
        ORDER BY ref, tier DESC, label_type LIKE 'preferred%' DESC, length(label), label COLLATE "C"
      )
      SELECT b.scheme, b.code, b.lang, b.label, b.label_type AS "labelType", b.tier, b.titles,
             q.fuzzy, own.titles AS "ownTitles", o.regulated_eu AS "regulatedEu"
      FROM (SELECT * FROM best ORDER BY tier DESC, titles DESC, length(label), ref LIMIT ${limit}) b
      CROSS JOIN q
      LEFT JOIN LATERAL (
        SELECT json_object_agg(p.lang, p.label) AS titles
        FROM reference_occupation_titles p
        WHERE p.label_type = 'preferred' AND p.scheme = b.scheme AND p.code = b.code
      ) own ON true
      LEFT JOIN reference_occupations o ON b.scheme = 'esco' AND o.esco_id = b.code
      ORDER BY b.tier DESC, b.titles DESC, length(b.label), b.ref
    `.execute(db);
    return result.rows.map((row) => ({
      ...row,
      tier: Number(row.tier),
      titles: Number(row.titles),
      fuzzy: Boolean(row.fuzzy),
      ownTitles: (typeof row.ownTitles === 'string' ? JSON.parse(row.ownTitles) : row.ownTitles) ?? {},
      regulatedEu: row.regulatedEu ?? null,
    }));
  }

  return {
    /**
     * The best-matching title of each code whose titles hold every searched word or a word it begins
     * (when none does: or, for a typo, a word it resembles), best first: the whole title, its beginning, a word's
     * beginning (`matchTier`, against the search with its typos corrected), then the codes more of
     * whose titles match, then shorter titles. `search` is folded (`foldOccupationTitle`). One statement
     * (two more, the trigram threshold and the search again, only when nothing matched and a word may be a typo).
     */
    async search(options: {
      search: string;
      schemes?: readonly OccupationScheme[] | undefined;
      lang?: TitleLanguage | undefined;
      limit: number;
    }): Promise<TitleHitWithOwnTitles[]> {
      const searched = options.search.split(' ').filter(Boolean).slice(0, searchedWords);
      if (searched.length === 0) return [];
      const hits = await titlesWith(searched, false, options);
      if (hits.length > 0 || searched.every((word) => word.length < fuzzySearchMinLength)) return hits;
      await sql`SET LOCAL pg_trgm.similarity_threshold = 0.3`.execute(db);
      return titlesWith(searched, true, options);
    },

    /** Every own title of a classification's codes, in every language (ESCO's: some 17,000 rows). */
    async allPreferredTitles(scheme: OccupationScheme) {
      const result = await sql<{ code: string; lang: TitleLanguage; label: string }>`
        SELECT code, lang, label FROM reference_occupation_titles
        WHERE label_type = 'preferred' AND scheme = ${scheme}
      `.execute(db);
      return result.rows;
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
