import type { z } from 'zod';
import type { siteBody } from '../../../contracts/employers.js';
import type { Executor } from '../../../core/db/types.js';
import type { SiteFields, SiteRecord } from '../adapters/details-repository.js';
import type { EmployerRecord } from '../adapters/employers-repository.js';
import { normalizePostalCode } from '../domain/postal-code.js';
import { employerErrors } from '../errors.js';
import { placeOfSite } from './site-place.js';

/**
 * A site's fields as stored: in the employer's country, the postal code in that country's shape,
 * and the place its address resolves to. `previous` keeps a resolved place when the address did not move.
 */
export async function siteFieldsOf(
  db: Executor,
  employer: EmployerRecord,
  input: z.output<typeof siteBody>,
  previous?: SiteRecord,
): Promise<SiteFields> {
  const typed = input.postalCode?.trim() || null;
  const postalCode = typed ? normalizePostalCode(employer.country, typed) : null;
  if (typed && !postalCode) throw employerErrors.postalCodeInvalid(undefined, { field: 'postalCode' });
  const address = { country: employer.country, postalCode, city: input.city };
  const moved =
    !previous ||
    previous.country !== address.country ||
    previous.postalCode !== address.postalCode ||
    previous.city !== address.city;
  const kept =
    previous &&
    !moved &&
    previous.placeCode !== null &&
    previous.latitude !== null &&
    previous.longitude !== null
      ? { placeCode: previous.placeCode, latitude: previous.latitude, longitude: previous.longitude }
      : null;
  const place = kept ?? (await placeOfSite(db, address));
  return {
    name: input.name,
    addressLine: input.addressLine ?? null,
    postalCode,
    city: input.city,
    country: employer.country,
    placeCode: place?.placeCode ?? null,
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    headOffice: input.headOffice,
  };
}

export function changedSiteFields(before: SiteRecord, after: SiteFields): string[] {
  return (['name', 'addressLine', 'postalCode', 'city', 'headOffice', 'placeCode'] as const).filter(
    (key) => before[key] !== after[key],
  );
}
