import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { naicsSectors, normalizeSectorCode, sectorPrefixOf, sectorSchemeOf } from './sector.js';

describe('sector codes', () => {
  it('gives each country its classification', () => {
    expect(sectorSchemeOf).toEqual({ FR: 'naf', US: 'naics', CA: 'scian' });
  });

  it('writes a NAF subclass as NN.NNL whatever the spacing, dot or case', () => {
    for (const typed of ['88.99B', '8899B', '88.99b', ' 88 99 B ', '88.99\u00a0B'])
      expect(normalizeSectorCode('naf', typed), typed).toBe('88.99B');
    for (const typed of ['88.99', '889B', '88.999B', '88-99B', 'B88.99', '88.99BB', ''])
      expect(normalizeSectorCode('naf', typed), typed).toBeNull();
  });

  it('accepts NAICS and SCIAN codes of 2 to 6 digits in a NAICS sector, and only those', () => {
    for (const scheme of ['naics', 'scian'] as const) {
      expect(normalizeSectorCode(scheme, '622110')).toBe('622110');
      expect(normalizeSectorCode(scheme, '62')).toBe('62');
      expect(normalizeSectorCode(scheme, '3361 1')).toBe('33611');
      for (const typed of ['6', '6221101', '62.21', 'A62', ''])
        expect(normalizeSectorCode(scheme, typed)).toBeNull();
      for (let n = 0; n < 100; n += 1) {
        const sector = String(n).padStart(2, '0');
        expect(normalizeSectorCode(scheme, `${sector}1`) !== null, sector).toBe(naicsSectors.has(sector));
      }
    }
    expect(naicsSectors.size).toBe(24);
  });

  it('keeps a canonical code canonical', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('naf', 'naics', 'scian' as const),
        fc.string({ maxLength: 10 }),
        (scheme, raw) => {
          const code = normalizeSectorCode(scheme, raw);
          if (code !== null) expect(normalizeSectorCode(scheme, code)).toBe(code);
        },
      ),
    );
  });

  it('reads a sector filter without its dot, so a prefix finds the codes below it', () => {
    expect(sectorPrefixOf('86')).toBe('86');
    expect(sectorPrefixOf('86.1')).toBe('861');
    expect(sectorPrefixOf('88.99b')).toBe('8899B');
    expect(sectorPrefixOf('6221')).toBe('6221');
    expect(sectorPrefixOf('health')).toBeNull();
    expect(sectorPrefixOf('')).toBeNull();
    expect(sectorPrefixOf('%')).toBeNull();
  });
});
