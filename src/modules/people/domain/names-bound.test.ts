import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchPairScorer } from './duplicate-batch.js';
import { personNamesOf } from './duplicate-names.js';
import { type ComparablePerson, duplicateWeights, scoreReadPeople } from './duplicate-score.js';
import { nameVariantsOf } from './name-variants.js';
import { namesBoundFactsOf, namesEvidenceAtMost } from './names-bound.js';

const variants = nameVariantsOf([
  { token: 'محمد', latin: ['mohamed', 'mohammed', 'muhammad', 'mohammad', 'mehmet'] },
  { token: 'يوسف', latin: ['youssef', 'yousef', 'yusuf'] },
  { token: 'عبد الرحمن', latin: ['abdelrahman', 'abderrahmane'] },
  { token: 'юрий', latin: ['yury', 'jurij', 'yuriy', 'yurii'] },
  { token: 'александр', latin: ['alexander', 'aleksandr', 'alexandre'] },
]);
const read = (person: ComparablePerson) => personNamesOf(person, variants);
/** Only names: the score is what the names add, rounded to hundredths. */
const namesScore = (a: ComparablePerson, b: ComparablePerson) =>
  scoreReadPeople({ person: a, names: read(a) }, { person: b, names: read(b) }).score;
const bound = (a: ComparablePerson, b: ComparablePerson) =>
  namesEvidenceAtMost(namesBoundFactsOf(read(a)), namesBoundFactsOf(read(b)), duplicateWeights);

const latinLetters = [...'abcdefghijklmnopqrstuvwxyz'];
const cyrillicLetters = [...'абвгдежзийклмнопрстуфхцчшщыэюя'];
const arabicLetters = [...'بتجحدرسعفقلمنهوي'];
const known = [
  'mohamed',
  'mehmet',
  'nasser',
  'نصر',
  'muhammad',
  'youssef',
  'yusuf',
  'alexander',
  'aleksandr',
  'yuriy',
  'said',
  'saeed',
];
const wordOf = (letters: string[]) =>
  fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }).map((chars) => chars.join(''));
const word = fc.oneof(
  wordOf(latinLetters),
  fc.constantFrom(...known, 'محمد', 'يوسف', 'юрий', 'александр', 'M.', 'ye', 'abdel rahman'),
  wordOf(cyrillicLetters),
  wordOf(arabicLetters),
);
const name = fc.option(
  fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' ')),
  { nil: null },
);
/** A name typed again: a letter changed, dropped or doubled, two letters swapped, or words dropped. */
const retyped = (text: string | null) =>
  fc
    .tuple(fc.nat(20), fc.nat(20), fc.constantFrom(...latinLetters), fc.nat(4))
    .map(([at, other, letter, how]) => {
      if (!text) return text;
      const i = at % text.length;
      const j = other % text.length;
      const chars = [...text];
      if (how === 0) chars[i] = letter;
      else if (how === 1) chars.splice(i, 1);
      else if (how === 2) chars.splice(i, 0, chars[i]!);
      else if (how === 3) [chars[i], chars[j]] = [chars[j]!, chars[i]!];
      else return text.split(' ')[0] ?? text;
      return chars.join('');
    });
const person = fc.record({
  givenName: name,
  familyName: name,
  givenNameOriginal: name,
  familyNameOriginal: name,
});
/** Another file of the same person, mostly: names retyped, swapped, or another person's. */
const pair = fc.tuple(person, person, fc.nat(3)).chain(([a, stranger, how]) =>
  how === 0
    ? fc.constant([a, stranger] as const)
    : fc
        .record({
          givenName: retyped(a.givenName),
          familyName: retyped(a.familyName),
          givenNameOriginal: retyped(a.givenNameOriginal),
          familyNameOriginal: fc.constant(a.familyNameOriginal),
        })
        .map((b) =>
          how === 1
            ? ([a, b] as const)
            : how === 2
              ? ([a, { ...b, givenName: b.familyName, familyName: b.givenName }] as const)
              : ([a, { ...b, givenNameOriginal: stranger.givenName }] as const),
        ),
);

describe("the names' bound", () => {
  it('is never under what the names add to the score', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(bound(a, b)).toBeGreaterThanOrEqual(namesScore(a, b) - 0.005);
      }),
      { numRuns: 3_000 },
    );
  });

  it('sets aside names with few letters in common, and keeps spellings, variants, initials and swaps', () => {
    const threshold = duplicateWeights.threshold;
    // Born the same day and nothing else: the names must add 1.5.
    const need = threshold - duplicateWeights.birthDate.equal;
    expect(
      bound({ givenName: 'Mohamed', familyName: 'Haddad' }, { givenName: 'Amina', familyName: 'Hamdi' }),
    ).toBeLessThan(need);
    for (const [a, b] of [
      [
        { givenName: 'Yusuf', familyName: 'Haddad' },
        { givenName: 'Youssef', familyName: 'Hadad' },
      ],
      [
        { givenName: 'Mohamed', familyName: 'Haddad' },
        { givenNameOriginal: 'محمد', familyName: 'Haddad' },
      ],
      [
        { givenName: 'Mohamed', familyName: 'Haddad' },
        { givenName: 'Haddad', familyName: 'Mohamed' },
      ],
      [
        { givenName: 'Mohamed', familyName: 'Haddad' },
        { givenName: 'Mehmet', familyName: 'Haddad' },
      ],
      [
        { givenName: 'Nasser', familyName: 'Ali' },
        { givenNameOriginal: 'نصر', familyName: 'Ali' },
      ],
      [
        { givenName: 'M.', familyName: 'Haddad' },
        { givenName: 'Mariam', familyName: 'Haddad' },
      ],
      [
        { givenName: 'Abdel Rahman', familyName: 'Ali' },
        { givenName: 'Abdelrahman', familyName: 'Ali' },
      ],
    ] as const) {
      expect(bound(a, b)).toBeGreaterThanOrEqual(namesScore(a, b));
      expect(bound(a, b)).toBeGreaterThanOrEqual(need);
    }
  });

  it('reads the skeletons itself of a word that comes without them, as the comparison does', () => {
    // "Saeed" and "Said" differ in letters but share a skeleton: a variant, which the bound must allow.
    const bare = (person: ComparablePerson) => {
      const names = read(person);
      const strip = (spellings: typeof names.given) =>
        spellings.map((words) => words.map(({ skeletons: _s, consonants: _c, ...word }) => word));
      return { given: strip(names.given), family: strip(names.family) };
    };
    const a = { givenName: 'Saeed', familyName: 'Haddad' };
    const b = { givenName: 'Said', familyName: 'Haddad' };
    const names = scoreReadPeople({ person: a, names: bare(a) }, { person: b, names: bare(b) }).score;
    expect(
      namesEvidenceAtMost(namesBoundFactsOf(bare(a)), namesBoundFactsOf(bare(b)), duplicateWeights),
    ).toBeGreaterThanOrEqual(names);
  });

  it('leaves the batch run the same pairs as scoring them all', () => {
    const scorer = batchPairScorer(variants);
    fc.assert(
      fc.property(pair, fc.boolean(), ([a, b], sameDay) => {
        const x = { ...a, birthDate: '1990-03-04' };
        const y = { ...b, birthDate: sameDay ? '1990-03-04' : '1990-04-03' };
        const all = scoreReadPeople({ person: x, names: read(x) }, { person: y, names: read(y) });
        expect(scorer.score(x, y)).toEqual(all.possibleDuplicate ? all : null);
      }),
      { numRuns: 2_000 },
    );
    expect(scorer.setAsideOnNames).toBeGreaterThan(0);
  });
});
