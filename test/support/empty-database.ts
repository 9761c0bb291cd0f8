import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { createPgPool, kyselyOverPglite, openPglite, pgliteOptions } from '../../src/core/db/connect.js';
import { migratorOf } from '../../src/core/db/migrate.js';
import { migrationJustBefore } from './migration-steps.js';
import {
  cloneServerDatabase,
  dropServerDatabase,
  testDatabaseName,
  withDatabaseName,
} from './server-template.js';

interface OpenedDatabase {
  db: Kysely<unknown>;
  close(): Promise<void>;
}

/**
 * A database of the version just before `migrationName`, on the engine the suite runs on, for a test
 * that writes data of that version and then migrates it. A copy of the one the suite's setup kept at
 * that version when the migration is listed in `migrationsTestedOnOlderData`; otherwise an empty
 * database migrated step by step. Either way, the last migration applied is checked.
 */
export async function openDatabaseJustBefore(migrationName: string): Promise<OpenedDatabase> {
  const previous = migrationJustBefore(migrationName);
  const provided = inject('testDatabase');
  const kept =
    provided.engine === 'postgres'
      ? provided.justBeforeTemplates[migrationName]
      : provided.justBeforeDumpPaths[migrationName];
  const opened = kept ? await openCopyOf(kept) : await openEmptyDatabase();
  if (!kept) {
    const migrated = await migratorOf(opened.db).migrateTo(previous);
    if (migrated.error) throw migrated.error;
  }
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1`.execute(opened.db);
  if (rows[0]?.name !== previous)
    throw new Error(`The database for ${migrationName} stands at ${rows[0]?.name}, not ${previous}`);
  return opened;
}

/** A copy of a PGlite data directory (a path) or of a server template (a database name). */
async function openCopyOf(kept: string): Promise<OpenedDatabase> {
  const provided = inject('testDatabase');
  if (provided.engine !== 'postgres') {
    const client = await PGlite.create({ loadDataDir: new Blob([readFileSync(kept)]), ...pgliteOptions });
    const db = kyselyOverPglite(client) as unknown as Kysely<unknown>;
    return { db, close: () => db.destroy() };
  }
  // Named like the test files' databases: the run's teardown drops any whose drop was cut short.
  const name = testDatabaseName(provided.runPrefix);
  const url = await cloneServerDatabase(provided.databaseUrl, kept, name);
  return serverDatabase(provided.databaseUrl, name, url);
}

/** A database with no migration applied. */
async function openEmptyDatabase(): Promise<OpenedDatabase> {
  const provided = inject('testDatabase');
  if (provided.engine !== 'postgres') {
    const db = kyselyOverPglite(await openPglite()) as unknown as Kysely<unknown>;
    return { db, close: () => db.destroy() };
  }
  const name = testDatabaseName(provided.runPrefix);
  const admin = new pg.Client({ connectionString: provided.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return serverDatabase(provided.databaseUrl, name, withDatabaseName(provided.databaseUrl, name));
}

function serverDatabase(databaseUrl: string, name: string, url: string): OpenedDatabase {
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: createPgPool(url, 2) }) });
  return {
    db,
    close: async () => {
      await db.destroy();
      await dropServerDatabase(databaseUrl, name);
    },
  };
}
