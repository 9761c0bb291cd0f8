/**
 * What other modules may ask of the places module (employers' sites, offers, people's addresses).
 * They never read its table: they keep a place as its `PlaceRef` (country and code) and ask here for
 * its coordinates and divisions. Everything is offline reference data (reference-data/places); call
 * with the use case's transaction.
 */
import type { Executor } from '../../core/db/types.js';
import { placesRepository } from './adapters/places-repository.js';
import { type Coordinates, greatCircleKm } from './domain/distance.js';
import type { PlaceRef } from './domain/place.js';
import type { PlaceCountry } from './domain/postal-codes.js';
import './adapters/tables.js';

export type { Coordinates } from './domain/distance.js';
export {
  type DistrictKind,
  type Division,
  type Place,
  type PlaceRef,
  placesAttribution,
  type RegionKind,
  regionOf,
} from './domain/place.js';
export { foldPlaceName } from './domain/place-names.js';
export { type PlaceCountry, placeCountries } from './domain/postal-codes.js';
export {
  type NotFoundReason,
  type PlaceResolution,
  type ResolvePlaceInput,
  resolvePlaceIn as resolvePlace,
} from './use-cases/resolve-place.js';
export { searchPlacesIn as searchPlaces } from './use-cases/search-places.js';

/** The great-circle distance between two places (or any two points) in kilometres: a straight line, not a route. */
export function distanceBetween(a: Coordinates, b: Coordinates): number {
  return greatCircleKm(a, b);
}

/** The places kept by reference, in one query; a reference the data no longer knows is left out. */
export function findPlaces(db: Executor, refs: readonly PlaceRef[]) {
  return placesRepository(db).byRefs(refs);
}

/**
 * The codes of the places of one district (in Québec an administrative region, '08'…), for modules
 * that look for their records in a region (open offers in the regions a household prefers).
 */
export async function placeCodesInDistrict(
  db: Executor,
  country: PlaceCountry,
  districtCode: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('places')
    .select('code')
    .distinct()
    .where('country', '=', country)
    .where('district_code', '=', districtCode)
    .orderBy('code')
    .execute();
  return rows.map((row) => row.code);
}

/**
 * The districts of a country (in Québec the administrative regions '01' Bas-Saint-Laurent … '17'
 * Centre-du-Québec), by code: the regions a household may move to.
 */
export async function districtsOf(db: Executor, country: PlaceCountry) {
  return db
    .selectFrom('places')
    .select(['district_code as code', 'district_name as name'])
    .distinct()
    .where('country', '=', country)
    .where('district_code', 'is not', null)
    .where('district_code', '<>', '')
    .orderBy('district_code')
    .execute() as Promise<{ code: string; name: string }[]>;
}
