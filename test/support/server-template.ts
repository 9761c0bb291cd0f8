import { randomBytes } from 'node:crypto';
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
 * The migrated template on the server for these sources, with a copy kept just before each of
 * `migrationsTestedOnOlderData`: test files copy them. Kept between runs under the sources'
 * fingerprint (`schemaFingerprint`), like PGlite's data directories: `npm test` migrates once for
 * the unit tests and finds it again for the journeys. A template is marked complete only once every
 * copy is made, with the time a run last used it; an advisory lock lets one run build it while another
 * waits for it. Another sources' templates (another checkout, an earlier commit) are dropped once no
 * run has used them for six hours: one still in use by a run beside this one must stay.
 */
export async function prepareServerTemplate(
  databaseUrl: string,
  fingerprint: string,
  migrationsTestedOnOlderData: readonly string[],
): Promise<{ template: string; justBefore: Record<string, string> }> {
  const template = `${templatePrefix}${fingerprint}`;
  const justBefore = Object.fromEntries(
    migrationsTestedOnOlderData.map((name) => [name, `${template}_before_${name.slice(0, 4)}`]),
  );
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [templatesLock]);
    const complete = (await lastUsed(admin)).has(template);
    if (!complete) {
      for (const name of [template, ...Object.values(justBefore)])
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${template}`);
      for (const migrationName of migrationsTestedOnOlderData) {
        await migrateTemplate(databaseUrl, template, (migrator) =>
          migrator.migrateTo(migrationJustBefore(migrationName)),
        );
        // A database is copied only while nobody is connected to it: the migration's pool is closed first.
        await cloneServerDatabase(databaseUrl, template, justBefore[migrationName]!);
      }
      await migrateTemplate(databaseUrl, template, (migrator) => migrator.migrateToLatest());
    }
    await admin.query(`COMMENT ON DATABASE ${template} IS '${completeMark}${Date.now()}'`);
    await dropUnusedTemplates(admin, template);
    return { template, justBefore };
  } finally {
    await admin.end();
  }
}

const templatePrefix = 'passerelle_tpl_';
/** A complete template's comment: this, then when a run last used it (milliseconds since 1970). */
const completeMark = 'complete, last used ';
/** Any number, the same in every run: the key of the lock held while a template is checked or built. */
const templatesLock = 20_261_207;
const unusedFor = 6 * 3_600_000;

/** The complete templates on the server, with when a run last used each. */
async function lastUsed(admin: pg.Client): Promise<Map<string, number>> {
  const { rows } = await admin.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database
     WHERE starts_with(datname, $1)`,
    [templatePrefix],
  );
  return new Map(
    rows
      .filter((row) => row.comment?.startsWith(completeMark))
      .map((row) => [row.datname, Number(row.comment?.slice(completeMark.length))]),
  );
}

/**
 * Other sources' templates and their earlier versions, once unused for six hours, or never completed
 * (the lock is held: no run is building one).
 */
async function dropUnusedTemplates(admin: pg.Client, template: string): Promise<void> {
  const used = await lastUsed(admin);
  const { rows } = await admin.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1) AND NOT starts_with(datname, $2)',
    [templatePrefix, template],
  );
  for (const { datname } of rows) {
    const since = used.get(datname.split('_before_')[0]!);
    if (since === undefined || Date.now() - since > unusedFor)
      await admin.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
  }
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

/** A copy of the migrated template named `name`, with `load` run into it (the demo), itself a template. */
export async function prepareServerTemplateWithDemo(
  databaseUrl: string,
  template: string,
  name: string,
  load: (db: Db) => Promise<void>,
): Promise<string> {
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

/**
 * A run names every database it creates (the demo's template, each test file's copy) after itself, so
 * that its teardown finds and drops its own, including those whose drop a worker's exit cut short, and
 * leaves other runs' alone.
 */
export const runPrefix = `passerelle_run_${process.pid}`;

/** The name of a test file's copy, for the run that `prefix` names. */
export function testDatabaseName(prefix: string): string {
  return `${prefix}_file_${randomBytes(6).toString('hex')}`;
}

/**
 * Every database of the run `prefix` names and, on the way, those of runs on this machine whose
 * process has ended (killed before their teardown).
 */
export async function dropRunDatabases(databaseUrl: string, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'passerelle\\_run\\_%'",
    );
    for (const { datname } of rows) {
      const pid = Number(datname.split('_')[2]);
      if (datname.startsWith(`${prefix}_`) || !processIsRunning(pid))
        await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function dropServerDatabase(databaseUrl: string, name: string): Promise<void> {
  await adminQuery(databaseUrl, [`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
}
