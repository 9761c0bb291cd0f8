import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPlaceName } from './place-names.js';

/** What the names of French, US and Canadian places are written with, in either case. */
const latinNameCharacters = [..."aàâäbcçdeéèêëfghiîïjklmnoôöpqrstuùûüvwxyÿzœæ0123456789 -'’.,()/"].flatMap(
  (c) => [c, c.toUpperCase()],
);

describe('foldPlaceName', () => {
  it.each([
    ['Saint-Denis', 'st denis'],
    ['ST DENIS', 'st denis'],
    ['st.-denis', 'st denis'],
    ['Sainte-Foy-lès-Lyon', 'ste foy les lyon'],
    ['Ste Foy les Lyon', 'ste foy les lyon'],
    ['St. Louis', 'st louis'],
    ['Saint Louis', 'st louis'],
    ['Montréal', 'montreal'],
    ['MONTREAL', 'montreal'],
    ["L'Isle-Jourdain", 'l isle jourdain'],
    ['L’Isle Jourdain', 'l isle jourdain'],
    ['Rouyn–Noranda', 'rouyn noranda'],
    ['  Bordeaux  ', 'bordeaux'],
    ['Œuilly', 'oeuilly'],
    ['Saguenay–Lac-Saint-Jean', 'saguenay lac st jean'],
    ['Mount Vernon', 'mt vernon'],
    ['Fort Wayne', 'ft wayne'],
    ['Saintes', 'stes'],
    ['Saint-Étienne-de-Saint-Geoirs', 'st etienne de st geoirs'],
  ])('%s → %s', (name, folded) => {
    expect(foldPlaceName(name)).toBe(folded);
  });

  it('does not fold a word that only begins like Saint', () => {
    expect(foldPlaceName('Saintry-sur-Seine')).toBe('saintry sur seine');
    expect(foldPlaceName('Stains')).toBe('stains');
  });

  it('is idempotent, ignores case and never leaves punctuation, accents or double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...latinNameCharacters), maxLength: 40 }), (name) => {
        const folded = foldPlaceName(name);
        expect(foldPlaceName(folded)).toBe(folded);
        expect(foldPlaceName(name.toUpperCase())).toBe(foldPlaceName(name.toLowerCase()));
        expect(folded).not.toMatch(/\s\s|^\s|\s$|[-'’.,]/);
        expect(folded).toBe(folded.normalize('NFKD').replace(/\p{Diacritic}/gu, ''));
      }),
    );
  });
});
