import type { NameVariants } from './name-variants.js';
import { latinFromArabic, latinFromCyrillic, latinFromEthiopic } from './transliteration.js';

/**
 * A name token and the Latin spellings it may be read as: itself when Latin; the variant lists'
 * spellings and the transliteration when Arabic or Cyrillic; the transliteration when Ge'ez. `via`
 * says how the readings came, to explain a match.
 */
export interface NameToken {
  script: 'latin' | 'cyrillic' | 'arabic' | 'ethiopic' | 'other';
  /** The token folded (lower case, no accents), in its own script. */
  folded: string;
  /** Latin readings, the first the most likely; each folded to a-z. */
  readings: readonly string[];
  /** For a Latin token: the other scripts' tokens it is a known spelling of (the variant lists). */
  sources: readonly string[];
  /** For a Latin token: the other spellings of those tokens ("mehmet" for "mohamed"), for blocking keys. */
  related: readonly string[];
  /**
   * The readings' skeletons and those skeletons' consonants, in the readings' order, worked out once
   * when the token is read: a batch run compares each token in thousands of pairs.
   */
  skeletons?: readonly string[];
  consonants?: readonly string[];
}

/** What an Arabic reading read letter by letter keeps of a skeleton: no short vowels. */
export const consonantsOf = (skeleton: string) => skeleton.replace(/[aiuh]/g, '');

const specialLetters: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ı: 'i',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/**
 * Lower case, Latin letters without accents, no apostrophe ("N'Diaye" → "ndiaye"), Arabic without its
 * vowel signs; Cyrillic keeps its letters (й is not и), ё read as е as Russian writing mostly does.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\p{Script=Latin}\p{M}*/gu, (letter) => letter.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(/[ßæœøıđłþ]/g, (letter) => specialLetters[letter] ?? letter)
    .replace(/ё/g, 'е')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/['’ʼ`´]/g, '');
}

/** A name's words: split on spaces, hyphens, dots and commas ("Abdel-Rahman" → abdel, rahman). */
export function nameWords(text: string | null | undefined): string[] {
  return foldName(text ?? '')
    .split(/[\s\-‐.,;/()]+/u)
    .filter((word) => word.length > 0);
}

function scriptOf(word: string): NameToken['script'] {
  if (/^[a-z]+$/.test(word)) return 'latin';
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Arabic}/u.test(word)) return 'arabic';
  if (/\p{Script=Ethiopic}/u.test(word)) return 'ethiopic';
  return /^\p{Script=Latin}+$/u.test(word) ? 'latin' : 'other';
}

const onlyLetters = (text: string) => text.replace(/[^a-z]/g, '');

export function nameTokenOf(word: string, variants: NameVariants): NameToken {
  const script = scriptOf(word);
  const readings: string[] = [];
  let sources: readonly string[] = [];
  const related = new Set<string>();
  if (script === 'latin') {
    readings.push(onlyLetters(word));
    sources = variants.sourcesOf(readings[0]!);
    for (const source of sources) for (const spelling of variants.latinOf(source)) related.add(spelling);
    related.delete(readings[0]!);
  } else if (script === 'cyrillic' || script === 'arabic') {
    // The Arabic article opens many family names: الحسن is also looked up as حسن.
    const looked =
      script === 'arabic' && word.startsWith('ال') && word.length > 4 ? [word, word.slice(2)] : [word];
    for (const form of looked) readings.push(...variants.latinOf(form));
    const transliterated = script === 'cyrillic' ? latinFromCyrillic(word) : latinFromArabic(word);
    if (transliterated) readings.push(onlyLetters(transliterated));
  } else if (script === 'ethiopic') {
    const transliterated = latinFromEthiopic(word);
    if (transliterated) readings.push(onlyLetters(transliterated));
  }
  const distinct = [...new Set(readings.filter((reading) => reading.length > 0))];
  const skeletons = distinct.map(nameSkeleton);
  return {
    script,
    folded: word,
    readings: distinct,
    sources,
    related: [...related],
    skeletons,
    consonants: skeletons.map(consonantsOf),
  };
}

/**
 * What is left of a Latin spelling once the transliteration conventions are set aside: "kh" and "h",
 * "ou" and "u", "y", "j" and "i", "e" and "i", doubled letters. "Saïd", "Saeed", "Saied" all give "said";
 * "Yuriy", "Jurij", "Youri" give "iuri". For comparing and for blocking keys, never for showing.
 */
export function nameSkeleton(latin: string): string {
  const known = skeletons.get(latin);
  if (known !== undefined) return known;
  const skeleton = skeletonOf(latin);
  // Bounded: a batch run meets a few thousand words, each in thousands of pairs.
  if (skeletons.size >= 100_000) skeletons.clear();
  skeletons.set(latin, skeleton);
  return skeleton;
}

/** Skeletons already worked out: thirteen regular expressions per word, and a word recurs in every pair it is in. */
const skeletons = new Map<string, string>();

function skeletonOf(latin: string): string {
  return latin
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/tch|tsch|ch/g, 'c')
    .replace(/sch|sh/g, 's')
    .replace(/ck|q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ou|oo|o/g, 'u')
    .replace(/[yje]/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * The two strings' "already matched" flags, cleared: reused from one comparison to the next (a batch
 * run compares millions of names; allocating two arrays each time kept the garbage collector busy).
 */
const matchedFlags = [new Uint8Array(64), new Uint8Array(64)];
function matchedIn(side: 0 | 1, length: number): Uint8Array {
  if (matchedFlags[side]!.length < length) matchedFlags[side] = new Uint8Array(length * 2);
  const flags = matchedFlags[side]!;
  flags.fill(0, 0, length);
  return flags;
}

/** Jaro-Winkler similarity of two strings, 0 (nothing in common) to 1 (equal). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = matchedIn(0, a.length);
  const matchedB = matchedIn(1, b.length);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(b.length - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] || a.charCodeAt(i) !== b.charCodeAt(j)) continue;
      matchedA[i] = 1;
      matchedB[j] = 1;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
