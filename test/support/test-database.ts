import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { inject } from 'vitest';
import { createPgPool, type Engine, kyselyOverPglite, pgliteOptions } from '../../src/core/db/connect.js';
import type { Db } from '../../src/core/db/types.js';
import { cloneServerDatabase, dropServerDatabase } from './server-template.js';

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
  const provided = inject('testDatabase');
  if (provided.engine === 'postgres') {
    const template = options.demo ? provided.demoTemplate : provided.template;
    if (!template) throw new Error(noDemoPrepared);
    const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
    const url = await cloneServerDatabase(provided.databaseUrl, template, name);
    const db = new Kysely({ dialect: new PostgresDialect({ pool: createPgPool(url, 5) }) }) as Db;
    return {
      db,
      engine: 'postgres',
      close: async () => {
        await db.destroy();
        await dropServerDatabase(provided.databaseUrl, name);
      },
    };
  }
  const dumpPath = options.demo ? provided.demoDumpPath : provided.dumpPath;
  if (!dumpPath) throw new Error(noDemoPrepared);
  const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(dumpPath)]), ...pgliteOptions });
  const db = kyselyOverPglite(client);
  return { db, engine: 'pglite', close: () => db.destroy() };
}

const noDemoPrepared =
  'No database with the demo was prepared: only the browser journeys’ setup (vitest.e2e.config.ts) loads it.';
