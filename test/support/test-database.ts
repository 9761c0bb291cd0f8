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

/** A private, freshly migrated database for one test file, on the engine CI asked for. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const provided = inject('testDatabase');
  if (provided.engine === 'postgres') {
    const name = `passerelle_test_${randomBytes(6).toString('hex')}`;
    const url = await cloneServerDatabase(provided.databaseUrl, provided.template, name);
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
  const dump = new Blob([readFileSync(provided.dumpPath)]);
  const client = await PGlite.create({
    loadDataDir: dump,
    ...pgliteOptions,
  });
  const db = kyselyOverPglite(client);
  return { db, engine: 'pglite', close: () => db.destroy() };
}
