/**
 * Occupation titles across the classifications Passerelle ships: ESCO (European, six languages), ROME
 * (France, French), O*NET-SOC (United States, English) and NOC 2021 (Canada, English and French). An
 * occupation of any of them is kept as `{ scheme, code }`; browser-safe (contracts use it).
 */

export const occupationSchemes = ['esco', 'rome', 'onet', 'noc'] as const;
export type OccupationScheme = (typeof occupationSchemes)[number];

export interface OccupationRef {
  scheme: OccupationScheme;
  code: string;
}

/** Languages some classification has titles in (ESCO: all six; ROME: fr; O*NET: en; NOC: en, fr). */
export const titleLanguages = ['fr', 'en', 'es', 'ar', 'uk', 'nl'] as const;
export type TitleLanguage = (typeof titleLanguages)[number];

/** The reader's language when titles exist in it, English otherwise. */
export function titleLanguageOf(locale: string): TitleLanguage {
  const language = locale.slice(0, 2).toLowerCase();
  return (titleLanguages as readonly string[]).includes(language) ? (language as TitleLanguage) : 'en';
}

/**
 * `preferred`: the classification's own title of the code (ESCO preferred label, ROME fiche, O*NET
 * title, NOC unit group); `alternative`: any other title it lists (ESCO alternative labels, ROME
 * appellations, O*NET alternate and reported titles, NOC example titles); `_part`: one form of a
 * gendered title written "masculine/feminine".
 */
export const titleTypes = ['preferred', 'preferred_part', 'alternative', 'alternative_part'] as const;
export type TitleType = (typeof titleTypes)[number];

const arabicLetters: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
};

/**
 * How a title is compared with what someone types: case, accents (and Arabic short vowels), ligatures,
 * the spellings of Arabic letters people write interchangeably (alef with or without hamza, tā'
 * marbūṭa, alif maqṣūra) and punctuation ("aide-soignant", "infirmier / infirmière", "d'engins") are
 * folded; words are separated by one space.
 *
 * Stored as `reference_occupation_titles.search_text` by migration 0063: a change here needs a
 * migration that recomputes it.
 */
export function foldOccupationTitle(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱىةؤئ]/g, (letter) => arabicLetters[letter] ?? letter)
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * How well a folded title matches a folded search, best first: the whole title (3), its beginning (2),
 * the beginning of one of its words (1), or only by resemblance (0, a typo, a word missing or added).
 * The search query computes the same in SQL (`adapters/occupation-titles-repository.ts`).
 */
export function matchTier(search: string, searchText: string): 0 | 1 | 2 | 3 {
  if (searchText === search) return 3;
  if (searchText.startsWith(search)) return 2;
  if (searchText.includes(` ${search}`)) return 1;
  return 0;
}

/** Below this length a search looks only for words that start with it: resemblance means nothing yet. */
export const fuzzySearchMinLength = 4;
