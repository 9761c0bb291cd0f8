/**
 * Kinds of work contract, shared by offers, placements and the outcomes computed from them. France's
 * kinds are the legal ones (CDI, CDD, the SIAE insertion contract, interim, apprenticeship, seasonal,
 * subsidised contracts such as the PEC); in the United States and Canada employment is permanent
 * (at will, or indeterminate), temporary or seasonal, plus apprenticeships and internships.
 */
export const contractTypes = [
  'cdi',
  'cdd',
  'siae_insertion',
  'interim',
  'apprenticeship',
  'seasonal',
  'subsidised',
  'permanent',
  'temporary',
  'internship',
] as const;
export type ContractType = (typeof contractTypes)[number];

export const contractTypesByCountry: Record<'FR' | 'US' | 'CA', readonly ContractType[]> = {
  FR: ['cdi', 'cdd', 'siae_insertion', 'interim', 'apprenticeship', 'seasonal', 'subsidised'],
  US: ['permanent', 'temporary', 'seasonal', 'apprenticeship', 'internship'],
  CA: ['permanent', 'temporary', 'seasonal', 'apprenticeship', 'internship'],
};

/** Contracts with a planned end: their length in months is part of the offer (a 6-month CDD). */
export const fixedTermContracts: ReadonlySet<ContractType> = new Set([
  'cdd',
  'siae_insertion',
  'seasonal',
  'temporary',
  'apprenticeship',
  'subsidised',
]);

/** Contracts that have no end: what the programs count as lasting employment. */
export const openEndedContracts: ReadonlySet<ContractType> = new Set(['cdi', 'permanent']);

export const workingTimes = ['full_time', 'part_time'] as const;
export type WorkingTime = (typeof workingTimes)[number];

export function contractTypeAllowedIn(country: 'FR' | 'US' | 'CA', type: ContractType): boolean {
  return contractTypesByCountry[country].includes(type);
}
