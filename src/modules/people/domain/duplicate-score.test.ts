import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeysOf } from './duplicate-keys.js';
import { personNamesOf } from './duplicate-names.js';
import {
  type ComparablePerson,
  compareBirthDates,
  compareBirthDatesByParts,
  mayReachThreshold,
  scoreDuplicate,
  thresholdFactsOf,
} from './duplicate-score.js';
import { foldName, jaroWinkler, nameSkeleton } from './name-readings.js';
import { nameVariantsOf } from './name-variants.js';
import { latinFromCyrillic } from './transliteration.js';

const variants = nameVariantsOf([
  { token: 'محمد', latin: ['mohamed', 'mohammed', 'muhammad', 'mohammad', 'mehmet'] },
  { token: 'يوسف', latin: ['youssef', 'yousef', 'yusuf'] },
  { token: 'юрий', latin: ['yury', 'jurij', 'yuriy', 'yurii'] },
  { token: 'иванов', latin: ['ivanov'] },
  { token: 'александр', latin: ['alexander', 'aleksandr', 'alexandre'] },
]);
const score = (a: ComparablePerson, b: ComparablePerson) => scoreDuplicate(a, b, variants);
const keysOf = (person: ComparablePerson) => duplicateKeysOf(person, personNamesOf(person, variants));
const shareKey = (a: ComparablePerson, b: ComparablePerson) => keysOf(a).some((k) => keysOf(b).includes(k));

describe('two files of one person, across scripts', () => {
  it('reads an Arabic name as its usual Latin spellings, and a swapped birth date as a swap', () => {
    const a = { givenName: 'Mohamed', familyName: 'Youssef', birthDate: '1990-03-04' };
    const b = { givenNameOriginal: 'محمد', familyNameOriginal: 'يوسف', birthDate: '1990-04-03' };
    expect(score(a, b)).toMatchObject({
      possibleDuplicate: true,
      reasons: ['name_equal_across_scripts', 'birth_date_day_month_swapped'],
    });
    expect(shareKey(a, b)).toBe(true);
  });

  it('knows two Latin spellings of one Cyrillic name as variants', () => {
    const a = { givenName: 'Yuriy', familyName: 'Ivanov' };
    const b = { givenName: 'Jurij', familyName: 'Ivanov' };
    expect(score(a, b)).toMatchObject({ possibleDuplicate: true, reasons: ['name_variant'] });
    expect(shareKey(a, b)).toBe(true);
    expect(
      score({ givenName: 'Mehmet', familyName: 'Yusuf' }, { givenName: 'Muhammad', familyName: 'Youssef' }),
    ).toMatchObject({ possibleDuplicate: true, reasons: ['name_variant'] });
  });

  it('transliterates a Cyrillic name the lists do not know, and Ge’ez', () => {
    expect(
      score(
        { givenName: 'Oksana', familyName: 'Shevchuk' },
        { givenNameOriginal: 'Оксана', familyNameOriginal: 'Шевчук' },
      ),
    ).toMatchObject({ possibleDuplicate: true, reasons: ['name_equal_across_scripts'] });
    expect(
      score(
        { givenName: 'Tesfaye', familyName: 'Desta', birthDate: '1988-01-02' },
        { givenNameOriginal: 'ተስፋዬ', familyNameOriginal: 'ደስታ', birthDate: '1988-01-02' },
      ),
    ).toMatchObject({ possibleDuplicate: true, reasons: ['name_equal_across_scripts', 'birth_date_equal'] });
  });

  it('reads an Arabic name not in the lists by its consonants', () => {
    // سمير is not in this test's lists: "smir" against the consonants of "Samir".
    expect(
      score(
        { givenName: 'Samir', familyName: 'Youssef' },
        { givenNameOriginal: 'سمير', familyNameOriginal: 'يوسف' },
      ).possibleDuplicate,
    ).toBe(true);
  });

  it('matches by e-mail or phone whatever the names, and tells names entered the wrong way round', () => {
    expect(score({ email: 'A.B@example.test' }, { email: 'a.b@EXAMPLE.test' }).reasons).toEqual([
      'same_email',
    ]);
    expect(score({ phone: '+33 6 12 34 56 78' }, { phone: '06 12 34 56 78' })).toMatchObject({
      possibleDuplicate: true,
      reasons: ['same_phone'],
    });
    expect(
      score(
        { givenName: 'Mariia', familyName: 'Kovalenko', birthDate: '1990-03-14' },
        { givenName: 'Kovalenko', familyName: 'Mariia', birthDate: '1990-03-14' },
      ).reasons,
    ).toEqual(['name_equal', 'names_swapped', 'birth_date_equal']);
  });

  it('tolerates a typo, a year or a digit of the birth date', () => {
    expect(
      score({ givenName: 'Jean', familyName: 'Dupont' }, { givenName: 'Jean', familyName: 'Dupnot' }),
    ).toMatchObject({ possibleDuplicate: true, reasons: ['name_similar'] });
    expect(compareBirthDates('1990-03-14', '1991-03-14')).toBe('yearOffByOne');
    expect(compareBirthDates('1990-03-14', '1990-03-18')).toBe('oneDigitOff');
    expect(compareBirthDates('1990-03-14', '1990-03-14')).toBe('equal');
    expect(compareBirthDates('1990-03-14', '1972-11-02')).toBe('differs');
    expect(compareBirthDates('1990-03-14', null)).toBeNull();
  });
});

describe('different people with names alike', () => {
  it('does not take a relative, a namesake born another day, or another sex for the person', () => {
    const person = {
      givenName: 'Mohamed',
      familyName: 'Youssef',
      birthDate: '1990-03-04',
      sex: 'male' as const,
    };
    expect(
      score(person, { givenName: 'Amina', familyName: 'Youssef', birthDate: '1992-07-21' }),
    ).toMatchObject({
      possibleDuplicate: false,
    });
    expect(score(person, { ...person, birthDate: '1975-11-30' })).toMatchObject({
      possibleDuplicate: false,
      reasons: ['name_equal', 'birth_date_differs'],
    });
    expect(
      score(person, { givenName: 'Mohamed', familyName: 'Haddad', birthDate: '1990-03-04' })
        .possibleDuplicate,
    ).toBe(false);
    expect(score(person, { ...person, sex: 'female', birthDate: null }).reasons).toContain('sex_differs');
  });
});

describe('name readings', () => {
  it('folds accents and apostrophes of Latin only, and keeps Cyrillic letters', () => {
    expect(foldName("N'Diaye Müller-Łukasz")).toBe('ndiaye muller-lukasz');
    expect(foldName('Юрий Ёлкин')).toBe('юрий елкин');
    expect(nameSkeleton('saeed')).toBe(nameSkeleton('said'));
    expect(nameSkeleton('yuriy')).toBe(nameSkeleton('jurij'));
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('', 'a')).toBe(0);
  });
});

const cyrillicLetters = [...'абвгдежзийклмнопрстуфхцчшщыэюя'];
const latinLetters = [...'abcdefghijklmnopqrstuvwxyz'];
const word = (letters: string[]) =>
  fc.array(fc.constantFrom(...letters), { minLength: 2, maxLength: 9 }).map((chars) => chars.join(''));
const anyWord = fc.oneof(word(latinLetters), word(cyrillicLetters), word([...'بتجحدرسعفقلمنهوي']));
const date = fc
  .record({
    y: fc.integer({ min: 1940, max: 2010 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const person: fc.Arbitrary<ComparablePerson> = fc.record({
  givenName: fc.option(word(latinLetters)),
  familyName: fc.option(word(latinLetters)),
  givenNameOriginal: fc.option(anyWord),
  familyNameOriginal: fc.option(anyWord),
  birthDate: fc.option(date),
  phone: fc.option(fc.constantFrom('+33 6 12 34 56 78', '06 98 76 54 32')),
  email: fc.option(fc.constantFrom('a@example.test', 'b@example.test')),
  sex: fc.option(fc.constantFrom('female' as const, 'male' as const)),
});

describe('properties of the rule', () => {
  it("never rules out beforehand a pair the rule takes for one person (the batch run's bound)", () => {
    const mayReach = (a: ComparablePerson, b: ComparablePerson) =>
      mayReachThreshold(thresholdFactsOf(a), thresholdFactsOf(b));
    fc.assert(
      fc.property(person, person, fc.boolean(), (a, other, sameNames) => {
        // Half the time the very same names, so that many pairs are possible duplicates.
        const b = sameNames
          ? {
              ...other,
              givenName: a.givenName,
              familyName: a.familyName,
              givenNameOriginal: a.givenNameOriginal,
              familyNameOriginal: a.familyNameOriginal,
            }
          : other;
        if (score(a, b).possibleDuplicate) expect(mayReach(a, b)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
    // Same names, one name's variant, a swapped date: the bound lets them through.
    const a = { givenName: 'Yuriy', familyName: 'Ivanov', birthDate: '1990-03-04' };
    expect(mayReach(a, { ...a, givenName: 'Jurij', birthDate: '1990-04-03' })).toBe(true);
    // A birth date different and nothing else: even the very same names stay below the threshold.
    const sibling = { ...a, birthDate: '1994-11-21' };
    expect(mayReach(a, sibling)).toBe(false);
    expect(score(a, sibling).possibleDuplicate).toBe(false);
    expect(mayReach(a, { ...sibling, phone: '+33 6 12 34 56 78' })).toBe(false);
    expect(mayReach({ ...a, email: 'a@example.test' }, { ...sibling, email: 'a@example.test' })).toBe(true);
  });

  it('compares birth dates character by character as by their parts (year, month, day)', () => {
    const retyped = fc
      .tuple(date, fc.nat(9), fc.constantFrom(...'0123456789-x'), fc.nat(3))
      .map(([text, at, char, how]) =>
        how === 0
          ? `${text.slice(0, at)}${char}${text.slice(at + 1)}`
          : how === 1
            ? `${text.slice(0, 5)}${text.slice(8)}-${text.slice(5, 7)}`
            : how === 2
              ? `${Number(text.slice(0, 4)) + 1}${text.slice(4)}`
              : text,
      );
    fc.assert(
      fc.property(date, retyped, (a, b) => {
        expect(compareBirthDates(a, b)).toBe(compareBirthDatesByParts(a, b));
        expect(compareBirthDates(b, a)).toBe(compareBirthDatesByParts(b, a));
      }),
      { numRuns: 2_000 },
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        expect(score(a, b)).toEqual(score(b, a));
      }),
    );
  });

  it('finds that a person with two names, or an e-mail, or a phone, is themself, through a shared key', () => {
    fc.assert(
      fc.property(person, (a) => {
        const known = (a.givenName || a.givenNameOriginal) && (a.familyName || a.familyNameOriginal);
        if (!known && !a.email && !a.phone) return;
        expect(score(a, a).possibleDuplicate).toBe(true);
        expect(shareKey(a, a)).toBe(true);
      }),
    );
  });

  it('still finds the person when day and month were swapped, and never lowers the score for a shared e-mail', () => {
    fc.assert(
      fc.property(person, date, (a, birthDate) => {
        const [y, m, d] = birthDate.split('-');
        const swapped = `${y}-${d}-${m}`;
        if (Number(d) > 12 || d === m || !a.givenName || !a.familyName) return;
        const result = score({ ...a, birthDate }, { ...a, birthDate: swapped });
        expect(result.possibleDuplicate).toBe(true);
        expect(result.reasons).toContain('birth_date_day_month_swapped');
        expect(shareKey({ ...a, birthDate }, { ...a, birthDate: swapped })).toBe(true);
        const b = { ...a, givenName: 'Zzyzx', birthDate };
        expect(
          score({ ...a, email: 'x@example.test' }, { ...b, email: 'x@example.test' }).score,
        ).toBeGreaterThan(score({ ...a, email: null }, { ...b, email: null }).score);
      }),
    );
  });

  it('keys a name that comes down to one letter ("Ye", "Эж") like any other', () => {
    const cyrillic = { givenNameOriginal: 'эж', familyNameOriginal: 'йе' };
    expect(shareKey({ givenName: 'Ezh', familyName: 'Ye' }, cyrillic)).toBe(true);
    expect(shareKey({ givenName: 'Ling', familyName: 'Ye' }, { givenName: 'Ling', familyName: 'Yi' })).toBe(
      true,
    );
    expect(keysOf({ givenName: 'Ling', familyName: 'Ye' })).toContain('n:i|li');
  });

  it('matches a Cyrillic name with its Latin transliteration', () => {
    fc.assert(
      fc.property(word(cyrillicLetters), word(cyrillicLetters), (given, family) => {
        const latin = { givenName: latinFromCyrillic(given), familyName: latinFromCyrillic(family) };
        const cyrillic = { givenNameOriginal: given, familyNameOriginal: family };
        expect(score(latin, cyrillic).possibleDuplicate).toBe(true);
        expect(shareKey(latin, cyrillic)).toBe(true);
      }),
    );
  });
});
