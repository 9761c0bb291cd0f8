/** The countries whose places Passerelle knows (reference-data/places). */
export const placeCountries = ['FR', 'US', 'CA'] as const;
export type PlaceCountry = (typeof placeCountries)[number];

const canadianLetters = 'ABCEGHJKLMNPRSTVWXYZ';
const canadian = new RegExp(
  `^([${canadianLetters.replace(/[WZ]/g, '')}]\\d[${canadianLetters}])(\\d[${canadianLetters}]\\d)?$`,
);

/**
 * The postal code the way the reference data keys it, or undefined when the text cannot be one of the
 * country's: France five digits ('33 000' → '33000'); US a ZIP code, ZIP+4 cut to its five digits;
 * Canada the forward sortation area, the first three characters ('h2x 1y4' → 'H2X').
 */
export function postalKey(country: PlaceCountry, text: string): string | undefined {
  const compact = text.replace(/[\s\u00a0]+/g, '').toUpperCase();
  switch (country) {
    case 'FR':
      return /^\d{5}$/.test(compact) ? compact : undefined;
    case 'US':
      return /^(\d{5})(-?\d{4})?$/.exec(compact)?.[1];
    case 'CA':
      return canadian.exec(compact)?.[1];
  }
}

/**
 * The province or territory a Canadian postal code belongs to, from its first letter (Canada Post's
 * postal districts): X is shared by the Northwest Territories and Nunavut.
 */
export function provincesOfCanadianPostalCode(fsa: string): readonly string[] {
  return postalDistricts[fsa.charAt(0).toUpperCase()] ?? [];
}

const postalDistricts: Record<string, readonly string[]> = {
  A: ['NL'],
  B: ['NS'],
  C: ['PE'],
  E: ['NB'],
  G: ['QC'],
  H: ['QC'],
  J: ['QC'],
  K: ['ON'],
  L: ['ON'],
  M: ['ON'],
  N: ['ON'],
  P: ['ON'],
  R: ['MB'],
  S: ['SK'],
  T: ['AB'],
  V: ['BC'],
  X: ['NT', 'NU'],
  Y: ['YT'],
};
