import { type Selectable, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { districtKinds, type Place, type PlaceRef, regionKinds } from '../domain/place.js';
import type { PlaceCountry } from '../domain/postal-codes.js';
import type { PlacesTable } from './tables.js';
import './tables.js';

type Row = Selectable<PlacesTable>;

function toPlace(row: Row): Place {
  const country = row.country as PlaceCountry;
  return {
    country,
    code: row.code,
    name: row.name,
    postalCodes: row.postal_codes,
    region: { kind: regionKinds[country], code: row.region_code, name: row.region_name },
    district:
      row.district_code && row.district_name
        ? { kind: districtKinds[country], code: row.district_code, name: row.district_name }
        : null,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    population: row.population === null ? null : Number(row.population),
    coordinatesEstimated: row.coordinates_estimated,
  };
}

/** Larger places first (by population, else by number of postal codes), then by name: the likelier meaning of an ambiguous name first. */
const byPopulation = (a: Place, b: Place) =>
  (b.population ?? -1) - (a.population ?? -1) ||
  b.postalCodes.length - a.postalCodes.length ||
  a.name.localeCompare(b.name) ||
  a.code.localeCompare(b.code);

export function placesRepository(db: Executor) {
  const base = () =>
    db
      .selectFrom('places')
      .select([
        'country',
        'code',
        'name',
        'search_name',
        'postal_codes',
        'region_code',
        'region_name',
        'district_code',
        'district_name',
        'latitude',
        'longitude',
        'population',
        'coordinates_estimated',
        'representative',
      ]);
  return {
    /**
     * The places of a postal code: in France the communes whose postal codes include it (several may
     * share one); in the US the ZIP code's own row (a city's representative row lists all its codes).
     */
    async withPostalCode(country: PlaceCountry, postalCode: string): Promise<Place[]> {
      const rows = await base()
        .where('country', '=', country)
        .where(
          country === 'US'
            ? sql<boolean>`code = ${postalCode}`
            : sql<boolean>`postal_codes @> ARRAY[${postalCode}]::text[]`,
        )
        .execute();
      return rows.map(toPlace).sort(byPopulation);
    },

    /** Places that stand for a municipality and whose folded name is exactly this one. */
    async named(country: PlaceCountry, searchName: string): Promise<Place[]> {
      const rows = await base()
        .where('country', '=', country)
        .where('search_name', '=', searchName)
        .where('representative', '=', true)
        .execute();
      return rows.map(toPlace).sort(byPopulation);
    },

    async byRefs(refs: readonly PlaceRef[]): Promise<Place[]> {
      if (refs.length === 0) return [];
      const rows = await base()
        .where((eb) =>
          eb.or(refs.map((ref) => eb.and([eb('country', '=', ref.country), eb('code', '=', ref.code)]))),
        )
        .execute();
      return rows.map(toPlace);
    },

    /**
     * Municipalities named exactly so, then those whose name starts with the text (larger first: 'bord'
     * is Bordeaux before Bord-Saint-Georges; US cities have no population here, the one with more ZIP
     * codes comes first), then those that resemble it by trigram word similarity (a typo, a missing
     * word), most similar first. `search` is folded (`foldPlaceName`).
     */
    async search(country: PlaceCountry, search: string, limit: number): Promise<Place[]> {
      await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.5`.execute(db);
      const result = await sql<Row>`
        SELECT country, code, name, search_name, postal_codes, region_code, region_name, district_code,
               district_name, latitude, longitude, population, coordinates_estimated, representative
        FROM (
          SELECT *, CASE WHEN search_name = ${search} THEN 2 WHEN search_name LIKE ${`${search}%`} THEN 1 ELSE 0 END AS tier
          FROM places
          WHERE country = ${country} AND representative
            AND (search_name LIKE ${`${search}%`} OR ${search} <% search_name)
        ) matches
        ORDER BY tier DESC, CASE WHEN tier = 0 THEN word_similarity(${search}, search_name) END DESC,
                 population DESC NULLS LAST, cardinality(postal_codes) DESC, name, code
        LIMIT ${limit}
      `.execute(db);
      return result.rows.map(toPlace);
    },
  };
}
