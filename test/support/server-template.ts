import { Kysely, type MigrationResultSet, type Migrator, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createPgPool } from '../../src/core/db/connect.js';
import { migratorOf } from '../../src/core/db/migrate.js';
import type { Db } from '../../src/core/db/types.js';
import { migrationJustBefore } from './migration-steps.js';

export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(databaseUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * A freshly migrated template database on the server; test files copy it. On the way, a copy is kept
 * as a template just before each of `migrationsTestedOnOlderData`, by migration name.
 */
export async function prepareServerTemplate(
  databaseUrl: string,
  migrationsTestedOnOlderData: readonly string[] = [],
): Promise<{ template: string; justBefore: Record<string, string> }> {
  const template = `passerelle_template_${process.pid}`;
  await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${template}`, `CREATE DATABASE ${template}`]);
  const justBefore: Record<string, string> = {};
  for (const migrationName of migrationsTestedOnOlderData) {
    await migrateTemplate(databaseUrl, template, (migrator) =>
      migrator.migrateTo(migrationJustBefore(migrationName)),
    );
    // A database is copied only while nobody is connected to it: the migration's pool is closed first.
    const name = `${template}_before_${migrationName.slice(0, 4)}`;
    await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${name}`]);
    await cloneServerDatabase(databaseUrl, template, name);
    justBefore[migrationName] = name;
  }
  await migrateTemplate(databaseUrl, template, (migrator) => migrator.migrateToLatest());
  return { template, justBefore };
}

async function migrateTemplate(
  databaseUrl: string,
  template: string,
  migrate: (migrator: Migrator) => Promise<MigrationResultSet>,
): Promise<void> {
  const pool = createPgPool(withDatabaseName(databaseUrl, template), 2);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    const result = await migrate(migratorOf(db));
    if (result.error) throw result.error;
  } finally {
    await db.destroy();
  }
}

/** A copy of the migrated template with `load` run into it (the demo), itself a template. */
export async function prepareServerTemplateWithDemo(
  databaseUrl: string,
  template: string,
  load: (db: Db) => Promise<void>,
): Promise<string> {
  const name = `${template}_demo`;
  await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${name}`]);
  await cloneServerDatabase(databaseUrl, template, name);
  const db = new Kysely({
    dialect: new PostgresDialect({ pool: createPgPool(withDatabaseName(databaseUrl, name), 5) }),
  });
  try {
    await load(db as Db);
  } finally {
    await db.destroy();
  }
  return name;
}

export async function cloneServerDatabase(
  databaseUrl: string,
  template: string,
  name: string,
): Promise<string> {
  await adminQuery(databaseUrl, [`CREATE DATABASE ${name} TEMPLATE ${template}`]);
  return withDatabaseName(databaseUrl, name);
}

/** Test files' databases are named `<template><infix><random>`, so a run finds and drops its own. */
export const testDatabaseInfix = '_file_';

/** Every test database made from this template, including those whose drop a worker's exit cut short. */
export async function dropTestDatabasesOf(databaseUrl: string, template: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [`${template}${testDatabaseInfix}`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export async function dropServerDatabase(databaseUrl: string, name: string): Promise<void> {
  await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
}
