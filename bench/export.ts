/**
 * `npm run bench:export`: the caseload exported as XLSX for an organization of BENCH_EXPORT_PEOPLE
 * people (default 100,000), on its own PostgreSQL database (BENCH_DATABASE_URL, default
 * passerelle_bench_export, dropped and written again unless BENCH_EXPORT_KEEP=1 finds the same scene).
 * The people are written in bulk by the bench's set-based generator (`generate-bulk.ts`: names in two
 * scripts, six in ten enrolled, every status sealed), not through the use cases. The export then runs
 * as the route runs it: the use case (read, signals, statuses, audit) and the XLSX written to a stream
 * that only counts bytes; time per phase and the process's peak resident memory are printed, for a
 * coordinator (signals and the sealed immigration status) and an administrator (neither). Never a test.
 */
import { Writable } from 'node:stream';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { RequestContext } from '../src/core/auth/actor.js';
import { systemContext } from '../src/core/auth/actor.js';
import type { Role } from '../src/core/auth/roles.js';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { createPgPool } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import type { Database } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import { writeSpreadsheet } from '../src/core/spreadsheet/write-spreadsheet.js';
import type { Deps } from '../src/core/use-case.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { exportCaseload } from '../src/modules/exports/use-cases/export-caseload.js';
import { dropBulkTables, generateBulkPeople, generateOrganizations } from './generate-bulk.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_export';
const people = Number(process.env.BENCH_EXPORT_PEOPLE ?? 100_000);
const keep = process.env.BENCH_EXPORT_KEEP === '1';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function recreate() {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${target.pathname.slice(1)}`);
  await client.end();
}

/** The organization a previous run wrote, when it has as many people as asked. */
async function writtenScene(db: Kysely<Database>): Promise<string | undefined> {
  try {
    const row = await sql<{ organization_id: string; n: number }>`
      SELECT organization_id, count(*)::int AS n FROM people GROUP BY organization_id
    `.execute(db);
    const only = row.rows.length === 1 ? row.rows[0] : undefined;
    return only && only.n === people ? only.organization_id : undefined;
  } catch {
    return undefined;
  }
}

async function writeScene(db: Kysely<Database>, deps: Deps): Promise<string> {
  await migrateToLatest(db as never);
  const started = performance.now();
  const scene = await generateOrganizations(deps, {
    organizations: 1,
    consortia: 1,
    password: 'bench-password-0123',
  });
  await generateBulkPeople(deps, scene, { count: people, log: (line) => console.log(line) });
  await dropBulkTables(db);
  // This server runs without autovacuum: the planner needs the statistics of what was just written.
  await sql`VACUUM ANALYZE`.execute(db);
  console.log(
    `Scene: ${people.toLocaleString('en')} people in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return scene.organizations[0]!.id;
}

async function staffOf(deps: Deps, organizationId: string, role: Role): Promise<RequestContext> {
  const { userId } = await createStaffAccount(deps)(systemContext('bench'), {
    email: `${role}-${uuidv7().slice(-8)}@bench.test`,
    displayName: `Bench ${role}`,
    role,
    organizationId,
    password: 'bench-password-0123',
  });
  return {
    actor: {
      userId,
      sessionId: uuidv7(),
      displayName: `Bench ${role}`,
      organizationId,
      role,
      consortiumIds: [],
      coordinatedConsortiumIds: [],
      locale: 'fr',
    },
    requestId: `bench-export-${role}`,
    locale: 'fr',
    ip: null,
  };
}

/** The highest resident set size seen while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

async function exportAs(deps: Deps, ctx: RequestContext) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const { result, peak } = await withPeakRss(async () => {
    const t0 = performance.now();
    const file = await exportCaseload(deps)(ctx, { format: 'xlsx', sort: 'name' });
    const t1 = performance.now();
    let bytes = 0;
    const counter = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    await writeSpreadsheet('xlsx', [file.sheet], counter);
    const t2 = performance.now();
    return { rows: file.rows, columns: file.sheet.columns.length, read: t1 - t0, write: t2 - t1, bytes };
  });
  console.log(
    `${ctx.actor!.role}: ${result.rows.toLocaleString('en')} rows × ${result.columns} columns, ` +
      `use case ${(result.read / 1000).toFixed(1)} s + XLSX ${(result.write / 1000).toFixed(1)} s ` +
      `= ${((result.read + result.write) / 1000).toFixed(1)} s, ${mb(result.bytes)} file; ` +
      `RSS ${mb(before)} before, peak ${mb(peak)}`,
  );
}

async function main() {
  if (!keep) await recreate();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 4) }) });
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
  const kept = keep ? await writtenScene(db) : undefined;
  if (kept) console.log(`Reading the scene already written (${people.toLocaleString('en')} people).`);
  const organizationId = kept ?? (await writeScene(db, deps));
  for (const role of ['administrator', 'coordinator'] as const)
    await exportAs(deps, await staffOf(deps, organizationId, role));
  await db.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
