import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { createPgPool, kyselyOverPglite, openPglite } from '../../src/core/db/connect.js';
import { migratorOf } from '../../src/core/db/migrate.js';
import { dropServerDatabase, withDatabaseName } from './server-template.js';

/**
 * A database with no migration applied, on the engine the suite runs on: for tests that migrate step by
 * step (a migration run on data of the version before it).
 */
export async function openEmptyDatabase(
  label: string,
): Promise<{ db: Kysely<unknown>; close(): Promise<void> }> {
  const provided = inject('testDatabase');
  if (provided.engine !== 'postgres') {
    const db = kyselyOverPglite(await openPglite()) as unknown as Kysely<unknown>;
    return { db, close: () => db.destroy() };
  }
  const name = `passerelle_${label}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: provided.databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: createPgPool(withDatabaseName(provided.databaseUrl, name), 2) }),
  });
  return {
    db,
    close: async () => {
      await db.destroy();
      await dropServerDatabase(provided.databaseUrl, name);
    },
  };
}

/** Migrates to the version just before this migration, so that a test writes data of that version. */
export function migrateToJustBefore(db: Kysely<unknown>, migrationName: string) {
  const names = Object.keys(migrations).sort();
  return migratorOf(db).migrateTo(names[names.indexOf(migrationName) - 1]!);
}
