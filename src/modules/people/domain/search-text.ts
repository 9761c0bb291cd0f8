/**
 * The text a person is found by: every name in both scripts, lower-cased and without accents, so that
 * trigram search tolerates typos, diacritics and word order. Mirrors the SQL f_search_text().
 */
export function searchTextOf(names: (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => Boolean(n?.trim()))
    .join(' ')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
