import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { inject } from 'vitest';
import { createPgPool, type Engine, kyselyOverPglite, pgliteOptions } from '../../src/core/db/connect.js';
import type { Db } from '../../src/core/db/types.js';
import { type PristineState, pristineStateOf, resetToPristine } from './reusable-database.js';
import { cloneServerDatabase, dropServerDatabase, testDatabaseName } from './server-template.js';

export interface TestDatabase {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

/**
 * A private, freshly migrated database for one test file, on the engine CI asked for; with `demo`, a
 * copy of the one the browser journeys' setup loaded the demo into.
 */
export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  if (options.demo) {
    const fresh = await openFreshDatabase(true);
    return { db: fresh.db, engine: fresh.engine, close: fresh.dispose };
  }
  const reused = emptied.pop();
  const database = reused ?? (await openFreshDatabase(false));
  // Read once per worker, from its first fresh database, before any test has written to it.
  pristine ??= await pristineStateOf(database.db);
  const state = pristine;
  return {
    db: database.db,
    engine: database.engine,
    close: async () => {
      if (reuseDatabases && (await resetToPristine(database.db, state))) emptied.push(database);
      else await database.dispose();
    },
  };
}

interface OpenDatabase {
  db: Db;
  engine: Engine;
  dispose(): Promise<void>;
}

/**
 * Databases a finished test file left, brought back to their pristine state, for the next file of the
 * same worker (a worker runs its files one after the other and keeps its modules between them).
 * `TEST_DATABASE_REUSE=false` gives every file a fresh copy, to tell whether a failure comes from this.
 */
const emptied: OpenDatabase[] = [];
const reuseDatabases = process.env.TEST_DATABASE_REUSE !== 'false';
let pristine: PristineState | undefined;

async function openFreshDatabase(demo: boolean): Promise<OpenDatabase> {
  const provided = inject('testDatabase');
  if (provided.engine === 'postgres') {
    const template = demo ? provided.demoTemplate : provided.template;
    if (!template) throw new Error(noDemoPrepared);
    const name = testDatabaseName(provided.runPrefix);
    const url = await cloneServerDatabase(provided.databaseUrl, template, name);
    const db = new Kysely({
      dialect: new PostgresDialect({ pool: createPgPool(withoutWaitingForDisk(url), 5) }),
    }) as Db;
    return {
      db,
      engine: 'postgres',
      dispose: async () => {
        await db.destroy();
        // Not awaited: dropping a database waits for a checkpoint (up to seconds on a busy machine) that
        // the next test file need not wait for. A drop cut short when the worker exits is retried by the
        // run's teardown, which drops every database named after its template.
        dropServerDatabase(provided.databaseUrl, name).catch(() => undefined);
      },
    };
  }
  const dumpPath = demo ? provided.demoDumpPath : provided.dumpPath;
  if (!dumpPath) throw new Error(noDemoPrepared);
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(dumpPath)]), ...pgliteOptions });
  const db = kyselyOverPglite(client);
  return { db, engine: 'pglite', dispose: () => db.destroy() };
}

/**
 * A test database is thrown away after its file: its commits need not wait for the disk. Durability is
 * PostgreSQL's, not something these tests check, and each of their thousands of commits otherwise waits
 * for a flush of the WAL.
 */
function withoutWaitingForDisk(url: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', '-c synchronous_commit=off');
  return parsed.toString();
}

const noDemoPrepared =
  'No database with the demo was prepared: only the browser journeys’ setup (vitest.e2e.config.ts) loads it.';
