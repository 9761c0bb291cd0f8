import type { PlaceCountry } from './postal-codes.js';

/** What a place's first-level division is called in its country. */
export type RegionKind = 'region' | 'state' | 'province';
/** What its second-level division is: a French département, a US county, a Québec administrative region. */
export type DistrictKind = 'department' | 'county' | 'administrative_region';

export interface Division<K extends string> {
  kind: K;
  code: string;
  name: string;
}

/** A municipality (France: a commune; US: a ZIP code's city; Canada: a municipality or populated place). */
export interface Place {
  country: PlaceCountry;
  /** INSEE code (France), ZIP code (US), GeoNames id (Canada): with the country, the place's key. */
  code: string;
  name: string;
  postalCodes: string[];
  region: Division<RegionKind>;
  district: Division<DistrictKind> | null;
  latitude: number;
  longitude: number;
  population: number | null;
  /** True when the reference data had no centre for the place and took its neighbours' (see reference-data/README.md). */
  coordinatesEstimated: boolean;
}

/** How other modules keep a place: its country and code, resolved again with `findPlaces`. */
export interface PlaceRef {
  country: PlaceCountry;
  code: string;
}

export const regionKinds: Record<PlaceCountry, RegionKind> = { FR: 'region', US: 'state', CA: 'province' };
export const districtKinds: Record<PlaceCountry, DistrictKind> = {
  FR: 'department',
  US: 'county',
  CA: 'administrative_region',
};

/**
 * The divisions a place belongs to: France's région and département, a US state and county, a
 * Canadian province and, in Québec, the administrative region (Abitibi-Témiscamingue…).
 */
export function regionOf(place: Place): {
  region: Division<RegionKind>;
  district: Division<DistrictKind> | null;
} {
  return { region: place.region, district: place.district };
}

export const placesAttribution =
  'Places: INSEE, DGCL and La Poste via data.gouv.fr (Licence Ouverte 2.0); GeoNames (geonames.org, CC BY 4.0).';
