/**
 * A worker thread of the duplicates benchmark's build (`bench-data-set.ts`): draws the people of one
 * chunk and computes their search text and blocking keys as the application does, so that the main
 * thread only sends rows to the database. Chunk `c` is drawn from its own seed: the data set is the same
 * whichever worker draws which chunk.
 */
import { parentPort } from 'node:worker_threads';
import { uuidv7 } from '../../src/core/ids.js';
import {
  readNameVariantEntries,
  shippedNameVariants,
} from '../../src/modules/people/adapters/name-variants-file.js';
import { duplicateKeysOf } from '../../src/modules/people/domain/duplicate-keys.js';
import { personNamesOf } from '../../src/modules/people/domain/duplicate-names.js';
import type { NameToken } from '../../src/modules/people/domain/name-readings.js';
import { searchTextOf } from '../../src/modules/people/domain/search-text.js';
import { scriptsPerson } from './bench-people.js';
import { randomOf } from './cross-script-set.js';

export interface ChunkRequest {
  chunk: number;
  from: number;
  count: number;
  organizations: number;
}

/** One chunk as column arrays, ready for `unnest`: people, then their keys. */
export interface ChunkRows {
  chunk: number;
  people: {
    id: string[];
    organization: number[];
    givenName: string[];
    familyName: string[];
    givenNameOriginal: (string | null)[];
    familyNameOriginal: (string | null)[];
    birthDate: (string | null)[];
    phone: (string | null)[];
    email: (string | null)[];
    searchText: string[];
  };
  keys: { organization: number[]; personId: string[]; key: string[] };
}

const entries = readNameVariantEntries();
const variants = shippedNameVariants();
const tokens = new Map<string, NameToken>();

export function drawChunk(request: ChunkRequest): ChunkRows {
  const random = randomOf(7_000_003 + request.chunk);
  const rows: ChunkRows = {
    chunk: request.chunk,
    people: {
      id: [],
      organization: [],
      givenName: [],
      familyName: [],
      givenNameOriginal: [],
      familyNameOriginal: [],
      birthDate: [],
      phone: [],
      email: [],
      searchText: [],
    },
    keys: { organization: [], personId: [], key: [] },
  };
  for (let i = 0; i < request.count; i++) {
    const n = request.from + i;
    const person = scriptsPerson(entries, random, n);
    const id = uuidv7();
    const organization = n % request.organizations;
    const p = rows.people;
    p.id.push(id);
    p.organization.push(organization);
    p.givenName.push(person.givenName ?? '');
    p.familyName.push(person.familyName ?? '');
    p.givenNameOriginal.push(person.givenNameOriginal ?? null);
    p.familyNameOriginal.push(person.familyNameOriginal ?? null);
    p.birthDate.push(person.birthDate ?? null);
    p.phone.push(person.phone ?? null);
    p.email.push(person.email ?? null);
    p.searchText.push(
      searchTextOf([
        person.givenName,
        person.familyName,
        person.givenNameOriginal,
        person.familyNameOriginal,
      ]),
    );
    for (const key of duplicateKeysOf(person, personNamesOf(person, variants, tokens))) {
      rows.keys.organization.push(organization);
      rows.keys.personId.push(id);
      rows.keys.key.push(key);
    }
  }
  return rows;
}

parentPort?.on('message', (request: ChunkRequest) => {
  parentPort!.postMessage(drawChunk(request));
});
