import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidLevel } from './file-vocabulary.js';
import { searchTextOf } from './search-text.js';

describe('search text', () => {
  it('joins both scripts, lower-cased, without accents', () => {
    expect(searchTextOf(['Hélène', 'Côté', null, undefined])).toBe('helene cote');
    expect(searchTextOf(['Mariia', 'Kovalenko', 'Марія', 'Коваленко'])).toBe(
      'mariia kovalenko марія коваленко',
    );
  });

  it('keeps Arabic letters, in one normal form whether typed composed or decomposed', () => {
    expect(searchTextOf(['أمينة', 'يوسف'])).toBe('أمينة يوسف'.normalize('NFD'));
    expect(searchTextOf(['أمينة'.normalize('NFC')])).toBe(searchTextOf(['أمينة'.normalize('NFD')]));
  });

  it('collapses blanks and drops empty names', () => {
    expect(searchTextOf(['  Jean   Paul ', '', '   ', 'Dupont'])).toBe('jean paul dupont');
  });

  it('is idempotent and never carries upper case or combining marks', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), (names) => {
        const text = searchTextOf(names);
        expect(searchTextOf([text])).toBe(text);
        expect(text).toBe(text.toLowerCase());
        expect(/\p{Diacritic}/u.test(text.normalize('NFD'))).toBe(false);
      }),
    );
  });
});

describe('language levels', () => {
  it('accepts CEFR A1–C2 and CLB/NCLC 1–12 only on their own scale', () => {
    expect(isValidLevel('cefr', 'B2')).toBe(true);
    expect(isValidLevel('cefr', '7')).toBe(false);
    expect(isValidLevel('clb', '12')).toBe(true);
    expect(isValidLevel('nclc', '0')).toBe(false);
    expect(isValidLevel('nclc', '13')).toBe(false);
    expect(isValidLevel('clb', 'B1')).toBe(false);
  });
});
