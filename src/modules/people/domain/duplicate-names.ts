import {
  consonantsOf,
  jaroWinkler,
  type NameToken,
  nameSkeleton,
  nameTokenOf,
  nameWords,
} from './name-readings.js';
import type { NameVariants } from './name-variants.js';

/**
 * A person's given and family names, each in every spelling the file has (the Latin one, the one in
 * the person's script), as tokens with their Latin readings.
 */
export interface PersonNames {
  given: NameToken[][];
  family: NameToken[][];
}

export interface NameMatch {
  /** `initial`: one side is the other's initial ("M." for Mariia), which neither confirms nor denies. */
  kind: 'equal' | 'equal_across_scripts' | 'variant' | 'similar' | 'initial';
  /** 1 for equal, 0.95 for a known variant, else the Jaro-Winkler likeness of the closest readings. */
  similarity: number;
}

export function personNamesOf(
  person: {
    givenName?: string | null;
    familyName?: string | null;
    givenNameOriginal?: string | null;
    familyNameOriginal?: string | null;
  },
  variants: NameVariants,
  /** Tokens already read, by word: a batch run reads the same names thousands of times. */
  tokens?: Map<string, NameToken>,
  /** Spellings already read, by text: folding a text is most of reading it, and texts recur as much. */
  texts?: Map<string, NameToken[]>,
): PersonNames {
  const tokenOf = (word: string) => {
    if (!tokens) return nameTokenOf(word, variants);
    let token = tokens.get(word);
    if (!token) {
      token = nameTokenOf(word, variants);
      tokens.set(word, token);
    }
    return token;
  };
  const spellingOf = (text: string | null | undefined) => {
    if (!texts || !text) return nameWords(text).map(tokenOf);
    let spelling = texts.get(text);
    if (!spelling) {
      spelling = nameWords(text).map(tokenOf);
      texts.set(text, spelling);
    }
    return spelling;
  };
  const spellings = (...texts: (string | null | undefined)[]) =>
    texts.map(spellingOf).filter((tokens) => tokens.length > 0);
  return {
    given: spellings(person.givenName, person.givenNameOriginal),
    family: spellings(person.familyName, person.familyNameOriginal),
  };
}

const variantSimilarity = 0.95;
const similarityOf = (match: NameMatch) =>
  match.kind === 'similar' || match.kind === 'initial'
    ? match.similarity
    : match.kind === 'variant'
      ? variantSimilarity
      : 1;
const strength: NameMatch['kind'][] = ['equal', 'equal_across_scripts', 'variant', 'similar', 'initial'];
const initialSimilarity = 0.9;
const better = (x: NameMatch, y: NameMatch) =>
  similarityOf(x) > similarityOf(y) ||
  (similarityOf(x) === similarityOf(y) && strength.indexOf(x.kind) < strength.indexOf(y.kind));

/** Symmetric whatever the implementation's tie-breaks: the pair is always taken in one order. */
const likeness = (a: string, b: string) => (a <= b ? jaroWinkler(a, b) : jaroWinkler(b, a));

// The answers that do not depend on the likeness, shared (never changed by a caller): a batch run
// compares millions of tokens, and a new object each time kept the garbage collector busy.
const equalMatch: NameMatch = Object.freeze({ kind: 'equal', similarity: 1 });
const initialMatch: NameMatch = Object.freeze({ kind: 'initial', similarity: initialSimilarity });
const unlikeMatch: NameMatch = Object.freeze({ kind: 'similar', similarity: 0 });
const sharedReadingMatch: NameMatch = Object.freeze({ kind: 'variant', similarity: 1 });
const acrossScriptsMatch: NameMatch = Object.freeze({ kind: 'equal_across_scripts', similarity: 1 });
const variantMatch: NameMatch = Object.freeze({ kind: 'variant', similarity: variantSimilarity });

export function compareTokens(a: NameToken, b: NameToken): NameMatch {
  if (a.folded === b.folded) return equalMatch;
  const [shorter, longer] = a.folded.length <= b.folded.length ? [a, b] : [b, a];
  if (shorter.folded.length === 1)
    return longer.readings.some((reading) => reading.startsWith(shorter.readings[0] ?? shorter.folded))
      ? initialMatch
      : unlikeMatch;
  const shared = a.readings.some((reading) => b.readings.includes(reading));
  if (shared) return a.script === b.script ? sharedReadingMatch : acrossScriptsMatch;
  if (a.sources.some((source) => b.sources.includes(source))) return variantMatch;
  const skeletonsA = a.skeletons ?? a.readings.map(nameSkeleton);
  const skeletonsB = b.skeletons ?? b.readings.map(nameSkeleton);
  // Arabic read letter by letter has no short vowels: its consonants against the Latin's.
  const arabicReading = a.script === 'arabic' || b.script === 'arabic';
  const consonantsA = arabicReading ? (a.consonants ?? skeletonsA.map(consonantsOf)) : [];
  const consonantsB = arabicReading ? (b.consonants ?? skeletonsB.map(consonantsOf)) : [];
  let best = 0;
  for (let i = 0; i < a.readings.length; i++) {
    const x = a.readings[i]!;
    const skeletonX = skeletonsA[i]!;
    for (let j = 0; j < b.readings.length; j++) {
      const skeletonY = skeletonsB[j]!;
      if (skeletonX === skeletonY) return variantMatch;
      if (arabicReading && consonantsA[i]!.length >= 3 && consonantsA[i] === consonantsB[j])
        return variantMatch;
      best = Math.max(best, likeness(x, b.readings[j]!), likeness(skeletonX, skeletonY));
    }
  }
  return { kind: 'similar', similarity: best };
}

function weakest(matches: NameMatch[]): NameMatch['kind'] {
  let weakestAt = 0;
  for (const match of matches) weakestAt = Math.max(weakestAt, strength.indexOf(match.kind));
  return strength[weakestAt]!;
}

/** Each word of one list against its closest in the other, averaged: "Mohamed Ali" holds "Mohamed". */
function compareWordsFrom(from: NameToken[], to: NameToken[]): NameMatch {
  const matches = from.map((token) =>
    to.reduce<NameMatch>(
      (best, other) => {
        const match = compareTokens(token, other);
        return better(match, best) ? match : best;
      },
      { kind: 'similar', similarity: 0 },
    ),
  );
  const similarity = matches.reduce((sum, m) => sum + similarityOf(m), 0) / matches.length;
  const kind = weakest(matches);
  return {
    kind,
    similarity: kind === 'similar' || kind === 'initial' ? similarity : Math.min(1, similarity),
  };
}

/** A spelling's words written together, as one Latin token; kept by spelling (a file's names are read once). */
const joinedTokens = new WeakMap<NameToken[], NameToken>();
export function joinedToken(tokens: NameToken[]): NameToken {
  let token = joinedTokens.get(tokens);
  if (!token) {
    const joined = tokens.map((t) => t.readings[0] ?? t.folded).join('');
    const skeleton = nameSkeleton(joined);
    token = {
      script: 'latin',
      folded: joined,
      readings: [joined],
      sources: [],
      related: [],
      skeletons: [skeleton],
      consonants: [consonantsOf(skeleton)],
    };
    joinedTokens.set(tokens, token);
  }
  return token;
}

function compareSpellings(a: NameToken[], b: NameToken[]): NameMatch {
  let best =
    a.length < b.length
      ? compareWordsFrom(a, b)
      : b.length < a.length
        ? compareWordsFrom(b, a)
        : [compareWordsFrom(a, b), compareWordsFrom(b, a)].reduce((x, y) => (better(y, x) ? y : x));
  // "Abdelrahman" and "Abdel Rahman": the words written together.
  if (a.length > 1 || b.length > 1) {
    const together = compareTokens(joinedToken(a), joinedToken(b));
    if (better(together, best))
      best = together.kind === 'equal' ? { kind: 'variant', similarity: 1 } : together;
  }
  return best;
}

/** The closest of every spelling of one name against every spelling of the other; null when one is missing. */
export function compareName(a: NameToken[][], b: NameToken[][]): NameMatch | null {
  let best: NameMatch | null = null;
  for (const x of a)
    for (const y of b) {
      const match = compareSpellings(x, y);
      if (!best || better(match, best)) best = match;
    }
  return best;
}

/** Given against given and family against family, or crossed when the names were entered swapped. */
export function compareNames(
  a: PersonNames,
  b: PersonNames,
): { given: NameMatch | null; family: NameMatch | null; swapped: boolean } {
  const given = compareName(a.given, b.given);
  const family = compareName(a.family, b.family);
  const total = (x: NameMatch | null, y: NameMatch | null) =>
    (x ? similarityOf(x) : 0) + (y ? similarityOf(y) : 0);
  const crossedGiven = compareName(a.given, b.family);
  const crossedFamily = compareName(a.family, b.given);
  if (crossedGiven && crossedFamily && total(crossedGiven, crossedFamily) > total(given, family) + 0.1) {
    // Which crossed pair to weigh as the family name must not depend on the order of the two files.
    const [closer, farther] = better(crossedGiven, crossedFamily)
      ? [crossedGiven, crossedFamily]
      : [crossedFamily, crossedGiven];
    return { given: farther, family: closer, swapped: true };
  }
  return { given, family, swapped: false };
}
