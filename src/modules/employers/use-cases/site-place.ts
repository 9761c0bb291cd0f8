import type { Executor } from '../../../core/db/types.js';
import { resolvePlace } from '../../places/api.js';
import type { EmployerCountry } from '../domain/legal-identifier.js';

export interface SitePlace {
  placeCode: string;
  latitude: number;
  longitude: number;
}

/**
 * The municipality a site's address lies in, with its coordinates, from the places module's offline
 * reference data (its postal code and town). An address that designates no single place (unknown,
 * or a town name several places bear without a postal code to choose) stays unresolved: the site
 * keeps its postal code and city, and the page says it could not be placed.
 */
export async function placeOfSite(
  db: Executor,
  address: { country: EmployerCountry; postalCode: string | null; city: string },
): Promise<SitePlace | null> {
  const resolution = await resolvePlace(db, {
    country: address.country,
    city: address.city,
    ...(address.postalCode ? { postalCode: address.postalCode } : {}),
  });
  if (resolution.status !== 'found') return null;
  const { code, latitude, longitude } = resolution.place;
  return { placeCode: code, latitude, longitude };
}
