import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database, Db } from './types.js';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

const INT8_OID = 20;
const DATE_OID = 1082;

/**
 * Both engines return the same JavaScript values: bigint columns (counts, cents) as numbers —
 * every amount we store stays far below 2^53 — and DATE columns as 'YYYY-MM-DD' strings, so a
 * birth date never shifts with the server's time zone.
 */
const sharedParsers = {
  [INT8_OID]: (value: string) => Number(value),
  [DATE_OID]: (value: string) => value,
};

export const pgliteExtensions = { btree_gin, citext, fuzzystrmatch, pg_trgm, pgcrypto, unaccent };

/** The options every PGlite instance is created with, whether new or loaded from a dump. */
export const pgliteOptions = { extensions: pgliteExtensions, parsers: sharedParsers };

export async function openPglite(dataDir?: string): Promise<PGlite> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir, ...pgliteOptions });
}

export function kyselyOverPglite(client: PGlite): Db {
  return new Kysely<Database>({ dialect: new PGliteDialect(client) });
}

export function createPgPool(connectionString: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // node-postgres would otherwise wait forever on a stuck statement or an abandoned transaction.
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        const parser = sharedParsers[oid as keyof typeof sharedParsers];
        if (parser) return parser;
        return pg.types.getTypeParser(oid, format as 'text');
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle pooled connection can be closed by the server (restart, administrator, dropped test
  // database). The pool discards it and reconnects on the next query; without a listener Node would
  // treat the error as unhandled and stop the process.
  pool.on('error', () => undefined);
  // A connection in use can also be closed by the server (a transaction idle too long, a restart): the
  // query in flight then fails with that error, and only that request fails; without a listener Node
  // would treat the client's 'error' event as fatal and stop the whole server.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

export async function connectDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = createPgPool(options.databaseUrl);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const client = await openPglite(join(options.dataDir, 'pglite'));
  const db = kyselyOverPglite(client);
  return { db, engine: 'pglite', close: () => db.destroy() };
}
