/**
 * The duplicates benchmark's data set, built in minutes: two worker threads draw the people and compute
 * their blocking keys (`bench-people-worker.ts`), the main thread sends each chunk as one multi-row
 * statement per table (`unnest` of column arrays), two chunks in flight. The tables' secondary indexes
 * are dropped for the load and built again after it, as a bulk load does: maintaining two trigram
 * indexes and the keys' index row by row is what made the first build take half an hour.
 */
import { Worker } from 'node:worker_threads';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/core/db/types.js';
import type { ChunkRequest, ChunkRows } from './bench-people-worker.js';

const chunkSize = 5_000;
const workerCount = 2;
const workerUrl = new URL('./bench-people-worker.ts', import.meta.url).href;

/** Secondary indexes (not backing a key or constraint) of these tables, to be built again after the load. */
async function secondaryIndexes(db: Kysely<Database>, tables: readonly string[]) {
  const rows = await sql<{ name: string; definition: string }>`
    SELECT i.indexname AS name, i.indexdef AS definition
    FROM pg_indexes i
    WHERE i.schemaname = current_schema() AND i.tablename = ANY(${[...tables]}::text[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`.execute(db);
  return rows.rows;
}

function startWorkers(onRows: (rows: ChunkRows) => void, onError: (error: unknown) => void) {
  return Array.from({ length: workerCount }, () => {
    // The worker's TypeScript is loaded through tsx, as the benchmark itself is.
    const worker = new Worker(
      `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(import.meta.url)}))`,
      { eval: true },
    );
    worker.on('message', onRows);
    worker.on('error', onError);
    return worker;
  });
}

async function insertChunk(db: Kysely<Database>, organizationIds: readonly string[], rows: ChunkRows) {
  const p = rows.people;
  const orgs = (indexes: number[]) => indexes.map((i) => organizationIds[i]!);
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    await sql`
      INSERT INTO people (id, organization_id, given_name, family_name, given_name_original,
        family_name_original, birth_date, phone, email, search_text, created_at, updated_at)
      SELECT id, organization_id, given_name, family_name, given_name_original, family_name_original,
        birth_date, phone, email, search_text, now(), now()
      FROM unnest(${p.id}::uuid[], ${orgs(p.organization)}::uuid[], ${p.givenName}::text[],
        ${p.familyName}::text[], ${p.givenNameOriginal}::text[], ${p.familyNameOriginal}::text[],
        ${p.birthDate}::date[], ${p.phone}::text[], ${p.email}::text[], ${p.searchText}::text[])
        AS t(id, organization_id, given_name, family_name, given_name_original, family_name_original,
          birth_date, phone, email, search_text)`.execute(trx);
    await sql`
      INSERT INTO person_duplicate_keys (organization_id, person_id, key)
      SELECT * FROM unnest(${orgs(rows.keys.organization)}::uuid[], ${rows.keys.personId}::uuid[],
        ${rows.keys.key}::text[])`.execute(trx);
  });
}

/** Draws and loads `people` people spread over the organizations (the n-th in organization n mod count). */
export async function loadDuplicatesPeople(
  db: Kysely<Database>,
  organizationIds: readonly string[],
  people: number,
  log: (line: string) => void,
) {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
  const tables = ['people', 'person_duplicate_keys'];
  const indexes = await secondaryIndexes(db, tables);
  for (const index of indexes) await sql.raw(`DROP INDEX ${index.name}`).execute(db);

  const chunks = Math.ceil(people / chunkSize);
  let next = 0;
  let loaded = 0;
  const ready: ChunkRows[] = [];
  let wake: (() => void) | null = null;
  let failure: unknown = null;
  const workers = startWorkers(
    (rows) => {
      ready.push(rows);
      wake?.();
    },
    (error) => {
      failure = error;
      wake?.();
    },
  );
  const ask = (worker: Worker) => {
    if (next >= chunks) return;
    const request: ChunkRequest = {
      chunk: next,
      from: next * chunkSize,
      count: Math.min(chunkSize, people - next * chunkSize),
      organizations: organizationIds.length,
    };
    next++;
    worker.postMessage(request);
  };
  // Each worker keeps two chunks ahead of the database.
  for (const worker of workers) {
    ask(worker);
    ask(worker);
  }
  try {
    const inFlight = new Set<Promise<void>>();
    let asked = 0;
    while (loaded < chunks) {
      if (failure) throw failure;
      const rows = ready.shift();
      if (!rows) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      ask(workers[asked++ % workers.length]!);
      const insert: Promise<void> = insertChunk(db, organizationIds, rows).then(
        () => {
          inFlight.delete(insert);
          loaded++;
          if (loaded % 20 === 0 || loaded === chunks)
            log(`  people ${Math.min(loaded * chunkSize, people).toLocaleString('en')} (${seconds()} s)`);
          wake?.();
        },
        (error) => {
          inFlight.delete(insert);
          failure = error;
          wake?.();
        },
      );
      inFlight.add(insert);
      if (inFlight.size >= 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  log(`  rows loaded in ${seconds()} s; building the indexes again…`);
  await db.connection().execute(async (connection) => {
    await sql`SET statement_timeout = 0`.execute(connection);
    await sql`SET maintenance_work_mem = '512MB'`.execute(connection);
    for (const index of indexes) await sql.raw(index.definition).execute(connection);
    log(`  indexes built (${seconds()} s)`);
    for (const table of tables) await sql.raw(`VACUUM ANALYZE ${table}`).execute(connection);
  });
  log(`  vacuumed and analyzed (${seconds()} s)`);
}
