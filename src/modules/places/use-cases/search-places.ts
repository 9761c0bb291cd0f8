import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { defineUseCase } from '../../../core/use-case.js';
import { placesRepository } from '../adapters/places-repository.js';
import { type Place, placesAttribution } from '../domain/place.js';
import { foldPlaceName } from '../domain/place-names.js';
import { type PlaceCountry, placeCountries, postalKey } from '../domain/postal-codes.js';

export const searchPlacesInput = z.object({
  country: z.enum(placeCountries),
  q: z.string().trim().min(1).max(100),
  limit: z.number().int().min(1).max(50).default(10),
});

/**
 * Municipalities for an autocomplete: a full postal code (France, US) gives its places; otherwise
 * names that begin with the text come first (larger places first), then names that resemble it (a
 * typo, a missing accent or hyphen). Each municipality once (one ZIP code per US city).
 */
export async function searchPlacesIn(
  db: Executor,
  country: PlaceCountry,
  text: string,
  limit = 10,
): Promise<Place[]> {
  const repo = placesRepository(db);
  const key = country === 'CA' ? undefined : postalKey(country, text);
  if (key) return (await repo.withPostalCode(country, key)).slice(0, limit);
  const search = foldPlaceName(text);
  if (!search) return [];
  return repo.search(country, search, limit);
}

/** Reference data, not personal data: any staff member may search it; nothing is audited. */
export const searchPlaces = defineUseCase(searchPlacesInput, async ({ input, ctx, trx }) => {
  requireActor(ctx);
  return {
    items: await searchPlacesIn(trx, input.country, input.q, input.limit),
    attribution: placesAttribution,
  };
});
