import type { Executor } from '../../../core/db/types.js';
import type { EmployerCountry } from '../domain/legal-identifier.js';

export interface SitePlace {
  placeCode: string;
  latitude: number;
  longitude: number;
}

/**
 * The municipality a site's address lies in, with its coordinates, from the places module's offline
 * reference data (`resolvePlace`). The places module is being built alongside this one (issue 12,
 * migration 0039); until its `api.ts` ships, no address is resolved: the site keeps its country,
 * postal code and city, and its place and coordinates stay empty until it is saved again.
 */
export async function placeOfSite(
  _db: Executor,
  _address: { country: EmployerCountry; postalCode: string | null; city: string },
): Promise<SitePlace | null> {
  return null;
}
