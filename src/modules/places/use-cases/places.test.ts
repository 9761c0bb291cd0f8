import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import type { RequestContext } from '../../../core/auth/actor.js';
import { distanceBetween, findPlaces, type Place, type PlaceResolution, regionOf } from '../api.js';
import { resolvePlace, resolvePlaceIn } from './resolve-place.js';
import { searchPlaces, searchPlacesIn } from './search-places.js';

let database: TestDatabase;
let staff: RequestContext;
beforeAll(async () => {
  database = await createTestDatabase();
  staff = await givenStaff(database.db, (await givenOrganization(database.db)).id, 'counselor');
});
afterAll(() => database.close());

function placeOf(resolution: PlaceResolution): Place {
  if (resolution.status !== 'found') throw new Error(`expected one place, got ${JSON.stringify(resolution)}`);
  return resolution.place;
}
const resolve = (input: Parameters<typeof resolvePlaceIn>[1]) => resolvePlaceIn(database.db, input);

describe('resolving an address to a municipality, offline', () => {
  it('finds the programs’ towns by postal code and town, with their divisions and centre', async () => {
    const bordeaux = placeOf(await resolve({ country: 'FR', postalCode: '33000', city: 'Bordeaux' }));
    expect(bordeaux).toMatchObject({
      code: '33063',
      name: 'Bordeaux',
      region: { kind: 'region', code: '75', name: 'Nouvelle-Aquitaine' },
      district: { kind: 'department', code: '33', name: 'Gironde' },
      coordinatesEstimated: false,
    });
    expect(bordeaux.postalCodes).toContain('33800');
    expect(bordeaux.population).toBeGreaterThan(200_000);

    const albi = placeOf(await resolve({ country: 'FR', postalCode: '81000' }));
    expect(albi).toMatchObject({ code: '81004', name: 'Albi', district: { code: '81', name: 'Tarn' } });
    expect(regionOf(albi).region.name).toBe('Occitanie');
    // The routing words of an address line are not the commune's name.
    expect(placeOf(await resolve({ country: 'FR', postalCode: '81 000', city: 'ALBI CEDEX 9' })).code).toBe(
      '81004',
    );

    const louisville = placeOf(await resolve({ country: 'US', postalCode: '40202', city: 'Louisville' }));
    expect(louisville).toMatchObject({
      code: '40202',
      region: { kind: 'state', code: 'KY', name: 'Kentucky' },
      district: { kind: 'county', name: 'Jefferson' },
    });
    const stLouis = placeOf(await resolve({ country: 'US', postalCode: '63103-2201', city: 'St. Louis' }));
    expect(stLouis).toMatchObject({ code: '63103', name: 'Saint Louis', region: { code: 'MO' } });

    const montreal = placeOf(await resolve({ country: 'CA', postalCode: 'H2X 1Y4', city: 'Montreal' }));
    expect(montreal).toMatchObject({
      name: 'Montréal',
      region: { kind: 'province', code: 'QC', name: 'Québec' },
      district: { kind: 'administrative_region', code: '06', name: 'Montréal' },
    });
    const rouyn = placeOf(await resolve({ country: 'CA', city: 'Rouyn-Noranda' }));
    expect(regionOf(rouyn).district).toEqual({
      kind: 'administrative_region',
      code: '08',
      name: 'Abitibi-Témiscamingue',
    });
    const rimouski = placeOf(await resolve({ country: 'CA', postalCode: 'G5L', city: 'rimouski' }));
    expect(rimouski.district?.name).toBe('Bas-Saint-Laurent');
    const saguenay = placeOf(await resolve({ country: 'CA', city: 'Saguenay', region: 'QC' }));
    expect(saguenay.district?.name).toBe('Saguenay–Lac-Saint-Jean');
  });

  it('computes plausible great-circle distances between them', async () => {
    const at = async (input: Parameters<typeof resolvePlaceIn>[1]) => placeOf(await resolve(input));
    const montreal = await at({ country: 'CA', city: 'Montréal' });
    const rouyn = await at({ country: 'CA', city: 'Rouyn-Noranda' });
    const rimouski = await at({ country: 'CA', city: 'Rimouski' });
    const bordeaux = await at({ country: 'FR', postalCode: '33000' });
    const albi = await at({ country: 'FR', postalCode: '81000' });
    const louisville = await at({ country: 'US', postalCode: '40202' });
    const stLouis = await at({ country: 'US', postalCode: '63103' });
    // Bands around the great circle between the cities' centres (Montréal 45.50 N 73.57 W, Rouyn-Noranda
    // 48.24 N 79.02 W: about 513 km as the crow flies, some 630 km by road).
    expect(distanceBetween(montreal, rouyn)).toBeGreaterThan(490);
    expect(distanceBetween(montreal, rouyn)).toBeLessThan(535);
    expect(distanceBetween(montreal, rimouski)).toBeGreaterThan(480);
    expect(distanceBetween(montreal, rimouski)).toBeLessThan(530);
    expect(distanceBetween(bordeaux, albi)).toBeGreaterThan(225);
    expect(distanceBetween(bordeaux, albi)).toBeLessThan(255);
    expect(distanceBetween(louisville, stLouis)).toBeGreaterThan(375);
    expect(distanceBetween(louisville, stLouis)).toBeLessThan(405);
    expect(distanceBetween(bordeaux, bordeaux)).toBe(0);
  });

  it('answers ambiguous names with their candidates, larger first, and a region settles them', async () => {
    const saintDenis = await resolve({ country: 'FR', city: 'St Denis' });
    expect(saintDenis.status).toBe('ambiguous');
    if (saintDenis.status !== 'ambiguous') return;
    expect(saintDenis.candidates.length).toBeGreaterThan(2);
    // Saint-Denis of La Réunion and of Seine-Saint-Denis, both near 150,000 people, before the villages.
    expect(saintDenis.candidates.slice(0, 2).map((c) => c.district?.name)).toEqual(
      expect.arrayContaining(['La Réunion', 'Seine-Saint-Denis']),
    );
    expect(new Set(saintDenis.candidates.map((c) => c.name))).toEqual(new Set(['Saint-Denis']));
    expect(placeOf(await resolve({ country: 'FR', city: 'Saint-Denis', region: 'Aude' })).code).toBe('11339');
    expect(placeOf(await resolve({ country: 'FR', city: 'Saint-Denis', postalCode: '93200' })).code).toBe(
      '93066',
    );

    const louisvilles = await resolve({ country: 'US', city: 'Louisville' });
    expect(louisvilles.status).toBe('ambiguous');
    expect(
      placeOf(await resolve({ country: 'US', city: 'Louisville', region: 'Kentucky' })).region.code,
    ).toBe('KY');
    expect(placeOf(await resolve({ country: 'US', city: 'Saint-Louis', region: 'MO' })).district?.name).toBe(
      'St. Louis (city)',
    );
  });

  it('says why an address did not resolve, with suggestions', async () => {
    expect(await resolve({ country: 'FR', postalCode: '3300' })).toMatchObject({
      status: 'not_found',
      reason: 'postal_code_format',
    });
    expect(await resolve({ country: 'FR', postalCode: '00000' })).toMatchObject({
      reason: 'unknown_postal_code',
    });
    // What an import may hand over is answered, never refused.
    expect(await resolve({ country: 'FR', city: '  ' })).toMatchObject({
      status: 'not_found',
      reason: 'no_address',
    });
    expect(await resolve({ country: 'US', postalCode: '40202 Louisville Kentucky' })).toMatchObject({
      reason: 'postal_code_format',
    });
    const wrongTown = await resolve({ country: 'FR', postalCode: '33000', city: 'Albi' });
    expect(wrongTown).toMatchObject({ status: 'not_found', reason: 'city_not_at_postal_code' });
    if (wrongTown.status === 'not_found') expect(wrongTown.suggestions.map((s) => s.code)).toEqual(['33063']);
    expect(await resolve({ country: 'CA', postalCode: 'H2X' })).toMatchObject({
      reason: 'postal_code_without_city',
    });
    const typo = await resolve({ country: 'CA', city: 'Rouyn Norada' });
    expect(typo).toMatchObject({ status: 'not_found', reason: 'unknown_city' });
    if (typo.status === 'not_found') expect(typo.suggestions[0]?.name).toBe('Rouyn-Noranda');
    // Montréal is in Québec, not in the province of an Ontario postal code.
    expect((await resolve({ country: 'CA', postalCode: 'M5V', city: 'Montréal' })).status).toBe('not_found');
  });

  it('estimates the centre of a village GeoNames does not place from its postal area', async () => {
    const estimated = await database.db
      .selectFrom('places')
      .select(['code'])
      .where('country', '=', 'FR')
      .where('coordinates_estimated', '=', true)
      .where(sql<boolean>`postal_codes @> ARRAY['81000']`)
      .execute();
    for (const { code } of estimated) {
      const [village] = await findPlaces(database.db, [{ country: 'FR', code }]);
      const albi = placeOf(await resolve({ country: 'FR', city: 'Albi' }));
      expect(village?.coordinatesEstimated).toBe(true);
      expect(distanceBetween(village!, albi)).toBeLessThan(30);
    }
  });
});

describe('searching places for an autocomplete', () => {
  it('finds names by their beginning, larger places first, and tolerates typos and missing accents', async () => {
    const bord = await searchPlacesIn(database.db, 'FR', 'Bord', 10);
    expect(bord[0]?.name).toBe('Bordeaux');
    const typo = await searchPlacesIn(database.db, 'FR', 'Bordeau', 5);
    expect(typo.map((p) => p.name)).toContain('Bordeaux');
    const montreal = await searchPlacesIn(database.db, 'CA', 'montreal', 5);
    expect(montreal[0]?.name).toBe('Montréal');
    const stLouis = await searchPlacesIn(database.db, 'US', 'St. Louis', 5);
    expect(stLouis[0]).toMatchObject({ name: 'Saint Louis', region: { code: 'MO' } });
    // One ZIP code per city: Louisville, Kentucky, appears once.
    const louisville = await searchPlacesIn(database.db, 'US', 'Louisville', 50);
    expect(louisville.filter((p) => p.region.code === 'KY' && p.name === 'Louisville')).toHaveLength(1);
    expect(louisville[0]).toMatchObject({ name: 'Louisville', region: { code: 'KY' } });
    expect(await searchPlacesIn(database.db, 'FR', 'Albi', 3)).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: '81004' })]),
    );
    const abitibi = await searchPlacesIn(database.db, 'CA', 'Rouyn', 5);
    expect(abitibi[0]?.name).toBe('Rouyn-Noranda');
  });

  it('gives a full postal code’s places', async () => {
    expect((await searchPlacesIn(database.db, 'FR', '33000', 10)).map((p) => p.code)).toEqual(['33063']);
    expect((await searchPlacesIn(database.db, 'US', '63103', 10)).map((p) => p.name)).toEqual([
      'Saint Louis',
    ]);
  });

  it('serves any signed-in staff member, with the data’s attribution', async () => {
    const deps = testDeps(database);
    const found = await searchPlaces(deps)(staff, { country: 'FR', q: 'Albi' });
    expect(found.attribution).toContain('GeoNames');
    const resolved = await resolvePlace(deps)(staff, { country: 'FR', postalCode: '33000' });
    expect(resolved).toMatchObject({
      status: 'found',
      attribution: expect.stringContaining('Licence Ouverte'),
    });
  });
});
