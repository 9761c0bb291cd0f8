import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deFrench } from './french-elision.js';

describe('French "de" before a place name', () => {
  it('elides before a vowel or a silent h, not before a consonant or an aspirated h', () => {
    expect(deFrench('Albi')).toBe('d’Albi');
    expect(deFrench('Toulouse')).toBe('de Toulouse');
    expect(deFrench('Nîmes')).toBe('de Nîmes');
    expect(deFrench('Orléans')).toBe('d’Orléans');
    expect(deFrench('Évry')).toBe('d’Évry');
    expect(deFrench('Hyères')).toBe('d’Hyères');
    expect(deFrench('Honfleur')).toBe('de Honfleur');
  });

  it('keeps the name as written after the preposition', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÀ-ÿ][a-zà-ÿ -]{0,20}$/), (name) => {
        expect(deFrench(name).endsWith(name.trim())).toBe(true);
      }),
    );
  });
});
