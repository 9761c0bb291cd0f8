import { z } from 'zod';
import { placeCountries } from '../modules/places/domain/postal-codes.js';
import { defineRoute } from './define.js';
import { plainText } from './primitives.js';

const division = (kinds: readonly [string, ...string[]]) =>
  z.object({ kind: z.enum(kinds), code: z.string(), name: z.string() });

export const place = z
  .object({
    country: z.enum(placeCountries),
    code: z.string().describe('INSEE code (FR), ZIP code (US), GeoNames id (CA): with the country, the key'),
    name: z.string(),
    postalCodes: z.array(z.string()),
    region: division(['region', 'state', 'province']).describe('Région (FR), state (US), province (CA)'),
    district: division(['department', 'county', 'administrative_region'])
      .nullable()
      .describe('Département (FR), county (US), administrative region (Québec)'),
    latitude: z.number(),
    longitude: z.number(),
    population: z.number().int().nullable(),
    coordinatesEstimated: z
      .boolean()
      .describe('The centre was estimated from neighbouring communes (small French communes)'),
  })
  .meta({ id: 'Place' });

const country = z.enum(placeCountries).describe('FR, US or CA');

export const searchPlacesRoute = defineRoute({
  operationId: 'searchPlaces',
  method: 'GET',
  path: '/api/places/search',
  policy: 'session',
  summary:
    'Municipalities of a country for an autocomplete: by postal code, by the beginning of the name, or by a similar name (offline reference data)',
  tags: ['places'],
  query: z.object({
    country,
    q: plainText().trim().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  }),
  response: z.object({ items: z.array(place), attribution: z.string() }),
});

export const resolvePlaceRoute = defineRoute({
  operationId: 'resolvePlace',
  method: 'GET',
  path: '/api/places/resolve',
  policy: 'session',
  summary:
    'The municipality an address designates (postal code and/or town, optionally its region), with its divisions and centre, or the candidates when it is ambiguous',
  tags: ['places'],
  query: z
    .object({
      country,
      postalCode: plainText().trim().max(12).optional(),
      city: plainText().trim().max(100).optional(),
      region: plainText()
        .trim()
        .max(60)
        .optional()
        .describe('A région, département, state, county, province or Québec region, by code or name'),
    })
    .refine((q) => Boolean(q.postalCode || q.city), { message: 'A postal code or a city', path: ['city'] }),
  response: z
    .discriminatedUnion('status', [
      z.object({ status: z.literal('found'), place, attribution: z.string() }),
      z.object({ status: z.literal('ambiguous'), candidates: z.array(place), attribution: z.string() }),
      z.object({
        status: z.literal('not_found'),
        reason: z.enum([
          'no_address',
          'postal_code_format',
          'unknown_postal_code',
          'city_not_at_postal_code',
          'postal_code_without_city',
          'unknown_city',
        ]),
        suggestions: z.array(place),
        attribution: z.string(),
      }),
    ])
    .meta({ id: 'PlaceResolution' }),
});
