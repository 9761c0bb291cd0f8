import { joinedToken, type PersonNames } from './duplicate-names.js';
import type { DuplicateWeights } from './duplicate-score.js';
import { consonantsOf, type NameToken, nameSkeleton } from './name-readings.js';

/**
 * What the names' bound knows of one word: how many times each letter appears at most in any of its
 * readings or their skeletons, and how short the shortest of them is. Two strings cannot have more
 * letters in common (Jaro's matches) than the letters both words have, whatever their order.
 */
interface WordLetters {
  folded: string;
  initial: boolean;
  /** The variant lists' sources, hashed: equal hashes may be a collision, which only loosens the bound. */
  sources: Int32Array;
  /** Consonants of at least three letters, hashed, compared when one side is Arabic (`compareTokens`). */
  consonants: Int32Array;
  arabic: boolean;
  /** Letter counts: a to z, then every other character in one place (still a bound). */
  counts: Uint8Array;
  /** The letters present, so that a comparison walks only them. */
  present: Uint8Array;
  shortest: number;
}

/** One name (given or family) as the bound reads it: every word of every spelling, and each spelling written together. */
export type BoundName = WordLetters[];

export interface NamesBoundFacts {
  given: BoundName;
  family: BoundName;
}

const lettersOfToken = new WeakMap<NameToken, WordLetters>();

/** FNV-1a, 32 bits. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function shareOne(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) if (a[i] === b[j]) return true;
  return false;
}

function wordLettersOf(token: NameToken): WordLetters {
  let letters = lettersOfToken.get(token);
  if (letters) return letters;
  const counts = new Uint8Array(27);
  // As `compareTokens` reads them: a token read elsewhere may come without its skeletons worked out.
  const skeletons = token.skeletons ?? token.readings.map(nameSkeleton);
  const strings = [...token.readings, ...skeletons];
  let shortest = Number.POSITIVE_INFINITY;
  for (const text of strings) {
    const here = new Uint8Array(27);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i) - 97;
      const place = code >= 0 && code < 26 ? code : 26;
      if (here[place]! < 255) here[place]!++;
    }
    for (let i = 0; i < 27; i++) counts[i] = Math.max(counts[i]!, here[i]!);
    shortest = Math.min(shortest, text.length);
  }
  const present: number[] = [];
  counts.forEach((count, letter) => {
    if (count > 0) present.push(letter);
  });
  letters = {
    folded: token.folded,
    initial: token.folded.length === 1,
    sources: Int32Array.from(token.sources, hashOf),
    consonants: Int32Array.from(
      (token.consonants ?? skeletons.map(consonantsOf)).filter((c) => c.length >= 3),
      hashOf,
    ),
    arabic: token.script === 'arabic',
    counts,
    present: Uint8Array.from(present),
    shortest: Number.isFinite(shortest) && shortest > 0 ? shortest : 1,
  };
  lettersOfToken.set(token, letters);
  return letters;
}

function boundNameOf(spellings: NameToken[][]): BoundName {
  const words: WordLetters[] = [];
  for (const spelling of spellings) {
    for (const token of spelling) words.push(wordLettersOf(token));
    if (spelling.length > 1) words.push(wordLettersOf(joinedToken(spelling)));
  }
  return words;
}

/** Read once per file, from its names already read (`personNamesOf`). */
export function namesBoundFactsOf(names: PersonNames): NamesBoundFacts {
  return { given: boundNameOf(names.given), family: boundNameOf(names.family) };
}

/**
 * At least the likeness `compareTokens` gives two words: 1 when a shortcut could answer (same word,
 * an initial, a shared source or consonants), else the Jaro-Winkler that their common letters allow at
 * best (every common letter matched, no transposition, a prefix of four).
 */
function wordLikenessAtMost(a: WordLetters, b: WordLetters): number {
  if (a.folded === b.folded || a.initial || b.initial) return 1;
  if (shareOne(a.sources, b.sources)) return 1;
  if ((a.arabic || b.arabic) && shareOne(a.consonants, b.consonants)) return 1;
  let common = 0;
  for (let i = 0; i < a.present.length; i++) {
    const letter = a.present[i]!;
    common += Math.min(a.counts[letter]!, b.counts[letter]!);
  }
  if (common === 0) return 0;
  const jaro = (Math.min(1, common / a.shortest) + Math.min(1, common / b.shortest) + 1) / 3;
  return jaro + 4 * 0.1 * (1 - jaro);
}

/**
 * At least the likeness of two names as `compareName` weighs it (`similarityOf` of its answer): a
 * name's likeness is an average of its words' or that of the spellings written together, never more
 * than the closest pair of words. Null when a side has no such name.
 */
function nameLikenessAtMost(a: BoundName, b: BoundName): number | null {
  if (a.length === 0 || b.length === 0) return null;
  let best = 0;
  for (const x of a)
    for (const y of b) {
      best = Math.max(best, wordLikenessAtMost(x, y));
      if (best >= 1) return 1;
    }
  return best;
}

/**
 * The most evidence a name can add when its likeness is at most `likeness` (`nameEvidence`). Equal
 * and variant names (shared reading, source, skeleton or consonants) always have a bound of 1 here,
 * so below 1 a name is "similar" or holds an initial.
 */
function evidenceAtMost(likeness: number | null, weights: DuplicateWeights['familyName']): number {
  if (likeness === null) return 0;
  // A hair of room for floating point: the bound must never fall under the rule's own figure.
  const u = likeness + 1e-9;
  if (u >= 1) return weights.equal;
  let best =
    u >= weights.similarFloor
      ? (weights.similarAtBest * (Math.min(1, u) - weights.similarFloor)) / (1 - weights.similarFloor)
      : weights.differs;
  if (u >= 0.9) best = Math.max(best, 0);
  return best;
}

/**
 * The most the names of two files can add to their score, given and family names compared straight or
 * crossed (entered swapped), never less than what `scoreReadPeople` adds: a batch run sets aside a pair
 * whose other evidence plus this stays under the threshold, without comparing the names themselves.
 */
export function namesEvidenceAtMost(
  a: NamesBoundFacts,
  b: NamesBoundFacts,
  weights: Pick<DuplicateWeights, 'familyName' | 'givenName'>,
): number {
  const given = nameLikenessAtMost(a.given, b.given);
  const family = nameLikenessAtMost(a.family, b.family);
  let best = evidenceAtMost(family, weights.familyName) + evidenceAtMost(given, weights.givenName);
  const givenAgainstFamily = nameLikenessAtMost(a.given, b.family);
  const familyAgainstGiven = nameLikenessAtMost(a.family, b.given);
  if (givenAgainstFamily !== null && familyAgainstGiven !== null) {
    const closer = Math.max(givenAgainstFamily, familyAgainstGiven);
    const farther = Math.min(givenAgainstFamily, familyAgainstGiven);
    best = Math.max(
      best,
      evidenceAtMost(closer, weights.familyName) + evidenceAtMost(farther, weights.givenName),
    );
  }
  return best;
}
