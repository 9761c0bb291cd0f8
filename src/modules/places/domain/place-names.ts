/**
 * How a place's name is compared: what people type ('st denis', 'Saint-Étienne', 'ST. LOUIS',
 * "L'Isle-Jourdain") against the names of the reference data. Folds case, accents and ligatures,
 * treats hyphens, apostrophes, dots and other punctuation as spaces, and writes Saint/Sainte (and
 * their St/Ste abbreviations, in French and English) the same way.
 *
 * Stored as `places.search_name` by migration 0039: a change here needs a migration that recomputes it.
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word.length > 0)
    .map((word) => abbreviations.get(word) ?? word)
    .join(' ');
}

const abbreviations = new Map([
  ['saint', 'st'],
  ['sainte', 'ste'],
  ['saints', 'sts'],
  ['saintes', 'stes'],
  ['mount', 'mt'],
  ['fort', 'ft'],
]);
