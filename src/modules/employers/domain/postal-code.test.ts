import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { employerCountries } from './legal-identifier.js';
import { normalizePostalCode } from './postal-code.js';

describe('postal codes', () => {
  it('France: five digits', () => {
    expect(normalizePostalCode('FR', '33000')).toBe('33000');
    expect(normalizePostalCode('FR', '33 130')).toBe('33130');
    expect(normalizePostalCode('FR', '20090')).toBe('20090');
    for (const typed of ['3300', '330000', '00100', '33A00', ''])
      expect(normalizePostalCode('FR', typed), typed).toBeNull();
  });

  it('United States: a ZIP code or ZIP+4', () => {
    expect(normalizePostalCode('US', '40202')).toBe('40202');
    expect(normalizePostalCode('US', '40202-1234')).toBe('40202-1234');
    expect(normalizePostalCode('US', '402021234')).toBe('40202-1234');
    for (const typed of ['4020', '40202-12', '00000', 'ABCDE', ''])
      expect(normalizePostalCode('US', typed), typed).toBeNull();
  });

  it('Canada: A1A 1A1 with Canada Post’s letters only', () => {
    expect(normalizePostalCode('CA', 'g5l 3a1')).toBe('G5L 3A1');
    expect(normalizePostalCode('CA', 'J9X3A1')).toBe('J9X 3A1');
    expect(normalizePostalCode('CA', 'H2X 1Y4')).toBe('H2X 1Y4');
    // D, F, I, O, Q, U never appear; W and Z never first.
    for (const typed of ['D5L 3A1', 'G5D 3A1', 'W5L 3A1', 'Z5L 3A1', 'G5L 3O1', 'G5L3A', '12345', ''])
      expect(normalizePostalCode('CA', typed), typed).toBeNull();
  });

  it('never throws and keeps a canonical code canonical', () => {
    fc.assert(
      fc.property(fc.constantFrom(...employerCountries), fc.string({ maxLength: 12 }), (country, raw) => {
        const code = normalizePostalCode(country, raw);
        if (code !== null) expect(normalizePostalCode(country, code)).toBe(code);
      }),
    );
  });
});
