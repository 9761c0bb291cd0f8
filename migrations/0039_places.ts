import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import { foldPlaceName } from '../src/modules/places/domain/place-names.js';

const files = ['fr-communes.tsv.gz', 'us-zip-codes.tsv.gz', 'ca-places.tsv.gz'];
const columns = [
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
] as const;

function readRows(file: string): string[][] {
  const text = gunzipSync(
    readFileSync(new URL(`../reference-data/places/${file}`, import.meta.url)),
  ).toString('utf8');
  const [head, ...lines] = text.split('\n').filter((line) => line.length > 0);
  if (head !== columns.join('\t'))
    throw new Error(`reference-data/places/${file}: unexpected columns ${head}`);
  return lines.map((line) => line.split('\t'));
}

/**
 * Municipalities of France, the United States and Canada with their divisions and centre
 * (reference-data/places, see its README for sources and licences), so that addresses resolve and
 * distances are computed offline. Each file is loaded by one INSERT … SELECT from a single JSON
 * parameter (as fast as COPY on PGlite, and the same statement on a PostgreSQL server).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE places (
      country text NOT NULL CHECK (country IN ('FR', 'US', 'CA')),
      code text NOT NULL,
      name text NOT NULL,
      search_name text NOT NULL,
      postal_codes text[] NOT NULL,
      region_code text NOT NULL,
      region_name text NOT NULL,
      district_code text,
      district_name text,
      latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
      longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
      population integer,
      coordinates_estimated boolean NOT NULL,
      representative boolean NOT NULL,
      PRIMARY KEY (country, code)
    )
  `.execute(db);

  for (const file of files) {
    const rows = readRows(file).map((row) => [...row, foldPlaceName(row[2] ?? '')]);
    await sql`
      INSERT INTO places (country, code, name, search_name, postal_codes, region_code, region_name,
                          district_code, district_name, latitude, longitude, population,
                          coordinates_estimated, representative)
      SELECT r->>0, r->>1, r->>2, r->>13, string_to_array(r->>3, ' '), r->>4, r->>5,
             nullif(r->>6, ''), nullif(r->>7, ''), (r->>8)::float8, (r->>9)::float8,
             nullif(r->>10, '')::int, r->>11 = 'Y', r->>12 = 'Y'
      FROM jsonb_array_elements(${JSON.stringify(rows)}::jsonb) AS r
    `.execute(db);
  }

  await sql`CREATE INDEX places_postal_codes ON places USING gin (postal_codes)`.execute(db);
  await sql`CREATE INDEX places_search_name ON places (country, search_name text_pattern_ops)`.execute(db);
  // Searches by name look at the rows that stand for a municipality only (one ZIP code per US city).
  await sql`CREATE INDEX places_search_name_trgm ON places USING gin (search_name gin_trgm_ops) WHERE representative`.execute(
    db,
  );
}
