import type { ComparablePerson } from '../../src/modules/people/domain/duplicate-score.js';
import type { NameVariantEntry } from '../../src/modules/people/domain/name-variants.js';

/**
 * A test set of pairs of files built from the name-variant lists: the same person written in Arabic or
 * Cyrillic and in Latin letters, or in two Latin spellings, with the noise of real intakes (a typo, a
 * swapped birth date, names entered the wrong way round, a phone changed); and different people with
 * names alike (the same given name, the same family name — a relative, who may share the household's
 * phone —, or the very same name). Tokens are split between a tuning part and a held-out part by a
 * fixed seed, so that no name of the held-out part was seen while tuning. Deterministic.
 */
export interface LabelledPair {
  a: ComparablePerson;
  b: ComparablePerson;
  same: boolean;
  script: 'arabic' | 'cyrillic';
}

export type Part = 'tuning' | 'held-out';

/** mulberry32: small, seedable, good enough to draw test cases. */
export function randomOf(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    int: (from: number, to: number) => from + Math.floor(next() * (to - from + 1)),
  };
}
type Random = ReturnType<typeof randomOf>;

/** FNV-1a of the token with the seed: which part a name belongs to, stable across runs and machines. */
export function partOf(token: string, seed: number): Part {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of token) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 10 < 7 ? 'tuning' : 'held-out';
}

const scriptOf = (token: string) => (/\p{Script=Arabic}/u.test(token) ? 'arabic' : 'cyrillic');

/** A spelling of the token: the most frequent one more often than the others. */
const spellingOf = (entry: NameVariantEntry, random: Random) =>
  random.chance(0.55) ? entry.latin[0]! : random.pick(entry.latin);

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** One keyboard slip: a letter left out, doubled, replaced by a neighbour, or two letters swapped. */
function typo(word: string, random: Random): string {
  if (word.length < 4) return word;
  const at = random.int(1, word.length - 2);
  const kind = random.int(0, 3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at] + word.slice(at);
  if (kind === 2) return word.slice(0, at) + random.pick([...'aeioulnrst']) + word.slice(at + 1);
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

function birthDateOf(random: Random) {
  const year = random.int(1960, 2006);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The same date as typed again: mostly equal, sometimes day and month swapped, a year or a digit off. */
function retyped(date: string, random: Random): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  const roll = random.next();
  if (roll < 0.8) return date;
  if (roll < 0.88 && Number(day) <= 12) return `${year}-${day}-${month}`;
  if (roll < 0.93) return `${Number(year) + (random.chance(0.5) ? 1 : -1)}-${month}-${day}`;
  const digit = random.int(0, 9);
  return `${year.slice(0, 3)}${digit}-${month}-${day}`;
}

const phoneOf = (random: Random) => `+33 6 ${Array.from({ length: 4 }, () => random.int(10, 99)).join(' ')}`;

interface Identity {
  given: NameVariantEntry;
  family: NameVariantEntry;
  birthDate: string;
  sex: 'female' | 'male';
  phone: string;
  email: string;
}

/** A file of the identity as one organization opened it. */
function fileOf(identity: Identity, random: Random, options: { noisy: boolean }): ComparablePerson {
  const latin = (entry: NameVariantEntry) => {
    const spelling = spellingOf(entry, random);
    return capitalized(options.noisy && random.chance(0.15) ? typo(spelling, random) : spelling);
  };
  const roll = random.next();
  // Latin only, Latin and the person's own script, or the person's script only (typed by the person).
  const withLatin = roll < 0.85;
  const withOriginal = roll >= 0.5;
  const file: ComparablePerson = {
    givenName: withLatin ? latin(identity.given) : null,
    familyName: withLatin ? latin(identity.family) : null,
    givenNameOriginal: withOriginal ? identity.given.token : null,
    familyNameOriginal: withOriginal ? identity.family.token : null,
    birthDate: random.chance(0.8)
      ? options.noisy
        ? retyped(identity.birthDate, random)
        : identity.birthDate
      : null,
    sex: random.chance(0.7) ? identity.sex : null,
    phone: random.chance(0.3) ? identity.phone : null,
    email: random.chance(0.2) ? identity.email : null,
  };
  if (options.noisy && random.chance(0.05)) {
    // Given and family names entered the wrong way round.
    [file.givenName, file.familyName] = [file.familyName, file.givenName];
    [file.givenNameOriginal, file.familyNameOriginal] = [file.familyNameOriginal, file.givenNameOriginal];
  }
  return file;
}

export function crossScriptPairs(
  entries: readonly NameVariantEntry[],
  options: { seed: number; part: Part; pairsPerScript: number },
): LabelledPair[] {
  const random = randomOf(options.seed * 31 + (options.part === 'tuning' ? 1 : 2));
  const pairs: LabelledPair[] = [];
  for (const script of ['arabic', 'cyrillic'] as const) {
    const pool = entries.filter(
      (entry) =>
        scriptOf(entry.token) === script &&
        entry.token.length >= 3 &&
        partOf(entry.token, options.seed) === options.part,
    );
    const identity = (): Identity => {
      const given = random.pick(pool);
      return {
        given,
        family: random.pick(pool),
        birthDate: birthDateOf(random),
        sex: random.chance(0.5) ? 'female' : 'male',
        phone: phoneOf(random),
        email: `${given.latin[0]}.${random.int(1, 9999)}@example.test`,
      };
    };
    for (let i = 0; i < options.pairsPerScript; i++) {
      const person = identity();
      const a = fileOf(person, random, { noisy: false });
      const again = { ...person };
      // A person may have changed phone or e-mail between the two files.
      if (random.chance(0.3)) again.phone = phoneOf(random);
      if (random.chance(0.2)) again.email = `${person.given.latin[0]}.${random.int(1, 9999)}@example.test`;
      pairs.push({ a, b: fileOf(again, random, { noisy: true }), same: true, script });

      const other = identity();
      const roll = random.next();
      const lookalike: Identity =
        roll < 0.4
          ? { ...other, given: person.given }
          : roll < 0.7
            ? // A relative: the family name, sometimes the household's phone.
              { ...other, family: person.family, phone: random.chance(0.2) ? person.phone : other.phone }
            : roll < 0.9
              ? { ...other, given: person.given, family: person.family }
              : {
                  ...other,
                  given: person.given,
                  family:
                    random.pick(
                      pool.filter((e) => e.latin[0]![0] === person.family.latin[0]![0]).slice(0, 50),
                    ) ?? other.family,
                };
      pairs.push({
        a: fileOf(person, random, { noisy: false }),
        b: fileOf(lookalike, random, { noisy: true }),
        same: false,
        script,
      });
    }
  }
  return pairs;
}
