import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createPgPool } from '../../src/core/db/connect.js';
import { migrateToLatest } from '../../src/core/db/migrate.js';
import type { Db } from '../../src/core/db/types.js';

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

/** A freshly migrated template database on the server; test files copy it. */
export async function prepareServerTemplate(databaseUrl: string): Promise<string> {
  const template = `passerelle_template_${process.pid}`;
  await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${template}`, `CREATE DATABASE ${template}`]);
  const pool = createPgPool(withDatabaseName(databaseUrl, template), 2);
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(db);
  await sql`SELECT 1`.execute(db);
  await db.destroy();
  return template;
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
