import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { placesRepository } from '../adapters/places-repository.js';
import { type Place, placesAttribution } from '../domain/place.js';
import { liesIn, placesNamed, townOfAddressLine } from '../domain/place-matching.js';
import {
  type PlaceCountry,
  placeCountries,
  postalKey,
  provincesOfCanadianPostalCode,
} from '../domain/postal-codes.js';

/** What other modules may pass (an imported address may be anything): never refused, answered `not_found`. */
const addressLookup = z.object({
  country: z.enum(placeCountries),
  postalCode: z.string().trim().optional(),
  city: z.string().trim().optional(),
  /** A région, département, state, county, province or Québec administrative region, by code or name. */
  region: z.string().trim().optional(),
});

/** What the route accepts (src/contracts/places.ts says the same). */
export const resolvePlaceInput = addressLookup
  .extend({
    postalCode: z.string().trim().max(12).optional(),
    city: z.string().trim().max(100).optional(),
    region: z.string().trim().max(60).optional(),
  })
  .refine((input) => Boolean(input.postalCode || input.city), {
    message: 'A postal code or a city',
    path: ['city'],
  });
export type ResolvePlaceInput = z.input<typeof addressLookup>;

/** Why an address did not resolve to one place. */
export type NotFoundReason =
  /** Neither a postal code nor a town. */
  | 'no_address'
  /** The text cannot be a postal code of the country. */
  | 'postal_code_format'
  /** No place has this postal code (and no city was given to fall back on). */
  | 'unknown_postal_code'
  /** The postal code is known, but none of its places bears the city's name: its places are suggested. */
  | 'city_not_at_postal_code'
  /** A Canadian postal code gives its province only: a city is needed. */
  | 'postal_code_without_city'
  /** No municipality bears this name (in the region or province given): similar names are suggested. */
  | 'unknown_city';

export type PlaceResolution =
  | { status: 'found'; place: Place }
  | { status: 'ambiguous'; candidates: Place[] }
  | { status: 'not_found'; reason: NotFoundReason; suggestions: Place[] };

const maxCandidates = 20;

/**
 * The municipality an address designates, from its postal code and/or town, without any network call:
 * the postal code's place (France: the one its town names, when communes share the code), else the
 * municipality of that name (in the region, and for Canada the province of the postal code, when
 * given). Several places of the same name answer `ambiguous`, larger first; none answers `not_found`
 * with the reason and suggestions.
 */
export async function resolvePlaceIn(db: Executor, rawInput: ResolvePlaceInput): Promise<PlaceResolution> {
  const input = addressLookup.parse(rawInput);
  const country: PlaceCountry = input.country;
  const repo = placesRepository(db);
  const town = input.city ? townOfAddressLine(input.city) : '';
  const inRegion = (p: Place) => !input.region || liesIn(p, input.region);
  const found = (place: Place): PlaceResolution => ({ status: 'found', place });
  const among = (places: Place[]): PlaceResolution | undefined =>
    places.length === 1 && places[0]
      ? found(places[0])
      : places.length > 1
        ? { status: 'ambiguous', candidates: places.slice(0, maxCandidates) }
        : undefined;
  const notFound = (reason: NotFoundReason, suggestions: Place[] = []): PlaceResolution => ({
    status: 'not_found',
    reason,
    suggestions: suggestions.slice(0, 10),
  });

  if (!input.postalCode && !town) return notFound('no_address');
  let provinces: readonly string[] | undefined;
  if (input.postalCode) {
    const key = input.postalCode.length <= 12 ? postalKey(country, input.postalCode) : undefined;
    if (!key) return notFound('postal_code_format');
    if (country === 'CA') {
      provinces = provincesOfCanadianPostalCode(key);
      if (!town) return notFound('postal_code_without_city');
    } else {
      const atCode = (await repo.withPostalCode(country, key)).filter(inRegion);
      if (atCode.length > 0) {
        if (!town) return among(atCode) ?? notFound('unknown_postal_code');
        return among(placesNamed(atCode, town)) ?? notFound('city_not_at_postal_code', atCode);
      }
      if (!town) return notFound('unknown_postal_code');
      // A postal code the data does not know (a new one, a CEDEX): the town alone decides.
    }
  }

  const inProvince = (p: Place) => !provinces || provinces.includes(p.region.code);
  const named = (await repo.named(country, town)).filter(inRegion).filter(inProvince);
  const result = among(named);
  if (result) return result;
  const similar = (await repo.search(country, town, 30)).filter(inRegion).filter(inProvince);
  return notFound('unknown_city', similar);
}

/** Reference data, not personal data: any staff member may resolve a place; nothing is audited. */
export const resolvePlace = defineUseCase(resolvePlaceInput, async ({ input, ctx, trx }) => {
  requireActor(ctx);
  return { ...(await resolvePlaceIn(trx, input)), attribution: placesAttribution };
});
