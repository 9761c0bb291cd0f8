import type { EmployerCountry } from './legal-identifier.js';

/**
 * An employer's sector in its country's classification: NAF rév. 2 in France (INSEE's subclass,
 * `88.99B`), NAICS in the United States and SCIAN in Canada (the Canadian NAICS: the same sectors and
 * code shape, 2 to 6 digits). Pure: the shape of a code and its canonical form; the label is the
 * one people give (or an import brings).
 */
export const sectorSchemes = ['naf', 'naics', 'scian'] as const;
export type SectorScheme = (typeof sectorSchemes)[number];

export const sectorSchemeOf: Record<EmployerCountry, SectorScheme> = { FR: 'naf', US: 'naics', CA: 'scian' };

/** The 2-digit sectors of NAICS 2022 (31–33, 44–45 and 48–49 are one sector each, written with either). */
export const naicsSectors: ReadonlySet<string> = new Set([
  '11',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '42',
  '44',
  '45',
  '48',
  '49',
  '51',
  '52',
  '53',
  '54',
  '55',
  '56',
  '61',
  '62',
  '71',
  '72',
  '81',
  '92',
]);

/**
 * The canonical code, or null when it is not one: a NAF subclass as `NN.NNL` (typed `8899b`,
 * `88.99 B`…); a NAICS / SCIAN code of 2 to 6 digits in one of the NAICS sectors.
 */
export function normalizeSectorCode(scheme: SectorScheme, raw: string): string | null {
  const compact = raw.replace(/[\s\u00a0]/g, '').toUpperCase();
  if (scheme === 'naf') {
    const match = /^(\d{2})\.?(\d{2})([A-Z])$/.exec(compact);
    return match ? `${match[1]}.${match[2]}${match[3]}` : null;
  }
  return /^\d{2,6}$/.test(compact) && naicsSectors.has(compact.slice(0, 2)) ? compact : null;
}

/**
 * What a sector filter matches: the code's characters without the dot, so `86`, `86.1` and `8610`
 * all find `86.10Z`. Null when the filter holds anything but digits, a dot and (for NAF) a final letter.
 */
export function sectorPrefixOf(raw: string): string | null {
  const compact = raw.replace(/[\s\u00a0.]/g, '').toUpperCase();
  return /^\d{1,6}[A-Z]?$/.test(compact) ? compact : null;
}
