import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldOccupationTitle, matchTier, titleLanguageOf } from './occupation-titles.js';

describe('foldOccupationTitle', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(foldOccupationTitle('Infirmier / Infirmière')).toBe('infirmier infirmiere');
    expect(foldOccupationTitle('AIDE-SOIGNANT')).toBe('aide soignant');
    expect(foldOccupationTitle("Conducteur d'engins")).toBe('conducteur d engins');
    expect(foldOccupationTitle('Chef de cœur')).toBe('chef de coeur');
    expect(foldOccupationTitle('  Électricien  (bâtiment) ')).toBe('electricien batiment');
  });

  it('writes Arabic letters people spell interchangeably the same way, without short vowels', () => {
    expect(foldOccupationTitle('مُمَرِّضَة')).toBe(foldOccupationTitle('ممرضه'));
    expect(foldOccupationTitle('أخصائي')).toBe(foldOccupationTitle('اخصائي'));
    expect(foldOccupationTitle('مدير / مديرة')).toBe('مدير مديره');
  });

  it('keeps Cyrillic words, lower-cased', () => {
    expect(foldOccupationTitle('Бухгалтер-аналітик')).toBe('бухгалтер аналітик');
  });

  it('is idempotent and leaves no punctuation nor double space', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const folded = foldOccupationTitle(text);
        expect(foldOccupationTitle(folded)).toBe(folded);
        expect(folded).not.toMatch(/ {2}|^ | $/);
      }),
    );
  });
});

describe('matchTier', () => {
  it('ranks the whole title, then its beginning, then a word’s beginning, then a resemblance', () => {
    expect(matchTier('infirmier', 'infirmier')).toBe(3);
    expect(matchTier('infirmier', 'infirmier anesthesiste')).toBe(2);
    expect(matchTier('rn', 'staff rn')).toBe(1);
    expect(matchTier('enginer', 'civil engineer')).toBe(0);
  });
});

describe('titleLanguageOf', () => {
  it('answers the reader’s language when titles exist in it, English otherwise', () => {
    expect(titleLanguageOf('nl')).toBe('nl');
    expect(titleLanguageOf('fr-CA')).toBe('fr');
    expect(titleLanguageOf('fa')).toBe('en');
  });
});
