import type { Place } from './place.js';
import { foldPlaceName } from './place-names.js';

/**
 * The town as written on a French address line may carry La Poste's routing words: 'BORDEAUX CEDEX',
 * 'Albi Cedex 9'. They are not part of the commune's name.
 */
export function townOfAddressLine(town: string): string {
  return foldPlaceName(town)
    .replace(/ cedex( \d+)?$/, '')
    .trim();
}

/**
 * Among places (those of a postal code), the ones the folded town names: the exact name, else those
 * whose name begins with the town or is the beginning of it ('Saint Louis' for 'Saint Louis Park'
 * never happens at one postal code; 'Rouyn' for 'Rouyn-Noranda' does).
 */
export function placesNamed(places: readonly Place[], town: string): Place[] {
  if (!town) return [];
  const folded = (p: Place) => foldPlaceName(p.name);
  const exact = places.filter((p) => folded(p) === town);
  if (exact.length > 0) return exact;
  return places.filter((p) => folded(p).startsWith(`${town} `) || town.startsWith(`${folded(p)} `));
}

/**
 * Whether a place lies in the region the caller named: a code or name of its first-level division
 * (région, state, province: '76', 'Occitanie', 'MO', 'Missouri', 'QC') or of its second-level one
 * (département, county, Québec administrative region: '33', 'Gironde', 'Abitibi-Témiscamingue').
 */
export function liesIn(place: Place, region: string): boolean {
  const wanted = foldPlaceName(region);
  if (!wanted) return true;
  return [place.region.code, place.region.name, place.district?.code, place.district?.name]
    .filter((value): value is string => Boolean(value))
    .some((value) => foldPlaceName(value) === wanted);
}
