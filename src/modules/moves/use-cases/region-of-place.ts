import type { Place } from '../../places/api.js';

/**
 * The region a move counts in: in Canada the administrative region of Québec (or the province
 * elsewhere), in France the région, in the United States the state.
 */
export function regionOfPlace(place: Place): { country: string; code: string; name: string } {
  const division = place.country === 'CA' && place.district ? place.district : place.region;
  return { country: place.country, code: division.code, name: division.name };
}
