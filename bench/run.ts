/**
 * `npm run bench` (BENCH_SCALE=national for the national data set): builds or reuses a data set on a
 * PostgreSQL server, starts the real HTTP server in its own process (the compiled server, as `npm start`
 * runs it; BENCH_SERVER=in-process for the former way, in this process) and measures its scenarios with
 * a load generator in another process (bench/load-runner.ts, autocannon), each beside the bare route
 * `GET /api/health` measured in the same run, while sampling the server's memory. Never a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from '../migrations/index.js';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { createPgPool } from '../src/core/db/connect.js';
import type { Database } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { rebuildAllDuplicateKeys } from '../src/modules/people/api.js';
import {
  type BulkScene,
  dropBulkTables,
  generateBulkPeople,
  generateBulkTimeline,
  generateOrganizations,
} from './generate-bulk.js';
import { generateCaseload } from './generate-caseload.js';
import { generateLoanFund, type LoanFundScene } from './generate-loans.js';
import { generateSessions, rollCallMarks, type SessionsScene } from './generate-sessions.js';
import { type LoadRequest, type LoadResult, runLoad } from './load-client.js';
import { occupationSearchRequests } from './occupations.js';
import { startBenchServer } from './server-process.js';

const scales = {
  default: {
    database: 'passerelle_bench',
    people: 100_000,
    organizations: 40,
    consortia: 1,
    eventsPerPerson: 20,
    sessionSeries: 5_000,
    loans: 10_000,
  },
  national: {
    database: 'passerelle_bench_national',
    people: 1_000_000,
    organizations: 400,
    consortia: 10,
    eventsPerPerson: 20,
    sessionSeries: 100_000,
    loans: 50_000,
  },
};
const scaleName = (process.env.BENCH_SCALE ?? 'default') as keyof typeof scales;
if (!(scaleName in scales)) throw new Error(`BENCH_SCALE is one of ${Object.keys(scales).join(', ')}`);
const base = scales[scaleName];
// Smaller or larger counts for a trial run (recorded with the data set: another count rebuilds it).
const config = {
  ...base,
  people: Number(process.env.BENCH_PEOPLE ?? base.people),
  sessionSeries: Number(process.env.BENCH_SESSIONS ?? base.sessionSeries),
  loans: Number(process.env.BENCH_LOANS ?? base.loans),
};
const url = process.env.BENCH_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/${config.database}`;
/** Seconds of each 32-client run; requests of each 1-client run. */
const duration = Number(process.env.BENCH_DURATION ?? 10);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
/** Requests of the aggregates (figures, dashboard, progress) at 1 and at 4 clients: each may take seconds. */
const heavyRequests = Number(process.env.BENCH_HEAVY_REQUESTS ?? 40);
/** Requests of each write scenario, at 1 client. */
const writeRequests = Number(process.env.BENCH_WRITE_REQUESTS ?? 100);
const regenerate = process.env.BENCH_REGENERATE === '1';
/**
 * `BENCH_ONLY='fund dashboard,session figures'`: only the scenarios whose name contains one of these
 * (case-insensitive); the bare route is always measured, as the reference of the shares.
 */
const only = (process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((part) => part.trim().toLowerCase())
  .filter((part) => part !== '');
const selected = (name: string) =>
  only.length === 0 || only.some((part) => name.toLowerCase().includes(part));
const password = 'bench-password-0123';
const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';

interface Scene {
  bulk: BulkScene;
  fund: LoanFundScene;
  sessions: SessionsScene;
  caseloadCounselorEmail: string;
  events: number;
  timings: Record<string, number>;
}

const log = (line: string) => console.log(line);

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const target = new URL(url);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const databaseName = () => new URL(url).pathname.slice(1);

/**
 * The data set kept from an earlier run at this scale. Built on earlier migrations, it is migrated
 * forward like any deployed database (every migration backfills what it adds), so that another
 * session's new migration does not cost a rebuild; `BENCH_REGENERATE=1` rebuilds it.
 */
async function keptScene(): Promise<{
  scene: Scene;
  builtAt: string;
  seconds: number;
  builtOnMigration: string;
} | null> {
  const exists = await admin((c) =>
    c.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName()]),
  );
  if (exists.rowCount === 0) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const marker = await client.query(
      `SELECT scene, built_at, seconds, latest_migration FROM bench_dataset
       WHERE scale = $1 AND latest_migration <= $2 ORDER BY built_at DESC LIMIT 1`,
      [JSON.stringify(config), latestMigration],
    );
    const row = marker.rows[0];
    return row
      ? {
          scene: row.scene as Scene,
          builtAt: String(row.built_at),
          seconds: Number(row.seconds),
          builtOnMigration: String(row.latest_migration),
        }
      : null;
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

async function build(deps: Deps): Promise<Scene> {
  const db = deps.db;
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await step();
    timings[name] = Math.round((performance.now() - started) / 100) / 10;
    log(`${name}: ${timings[name]} s`);
    return result;
  };
  const bulk = await timed('organizations, consortia, programs', () =>
    generateOrganizations(deps, {
      organizations: config.organizations,
      consortia: config.consortia,
      password,
    }),
  );
  await timed(`people (${config.people.toLocaleString('en')}) and enrolments`, () =>
    generateBulkPeople(deps, bulk, { count: config.people, log }),
  );
  // Bulk people are written by SQL: their duplicate-detection keys are computed as the application does.
  await timed('duplicate-detection keys', () => rebuildAllDuplicateKeys(db, { batchSize: 2_000 }));
  // The timeline first: it reads the people's work table, and is the longest part at national scale.
  const events = await timed('timeline events', () =>
    generateBulkTimeline(db, bulk, { people: config.people, perPerson: config.eventsPerPerson, log }),
  );
  await db.transaction().execute(async (trx) => {
    await sql`SET LOCAL statement_timeout = 0`.execute(trx);
    await sql`ANALYZE`.execute(trx);
  });
  const first = bulk.organizations[0]!;
  const fund = await timed(`loans (${config.loans.toLocaleString('en')})`, () =>
    generateLoanFund(deps, {
      loanCount: config.loans,
      participatingOrganizationId: first.id,
      password,
      seed: 7,
    }),
  );
  const sessions = await timed(`session series (${config.sessionSeries.toLocaleString('en')})`, () =>
    generateSessions(deps, {
      seriesCount: config.sessionSeries,
      organizationId: first.id,
      programId: first.programId,
      password,
      seed: 11,
    }),
  );
  const caseload = await timed('caseload of 150 (use cases)', () =>
    generateCaseload(deps, {
      organizationId: first.id,
      programId: first.programId,
      password,
      size: 150,
      seed: 17,
    }),
  );
  await dropBulkTables(db);
  // VACUUM as well: a server's autovacuum would have set the visibility map after the bulk load (the
  // index-only scans of the caseload need it), and this machine's server runs with autovacuum off.
  await timed('VACUUM ANALYZE', () =>
    db.connection().execute(async (connection) => {
      await sql`SET statement_timeout = 0`.execute(connection);
      await sql`VACUUM ANALYZE`.execute(connection);
      await sql`RESET statement_timeout`.execute(connection);
    }),
  );
  return { bulk, fund, sessions, caseloadCounselorEmail: caseload.counselorEmail, events, timings };
}

async function main() {
  const started = performance.now();
  log(`Bench at scale ${scaleName}: ${JSON.stringify(config)}`);
  let kept = regenerate ? null : await keptScene();
  if (kept)
    log(
      `Reusing ${databaseName()} built ${kept.builtAt} in ${kept.seconds.toFixed(0)} s on migration ${kept.builtOnMigration}${kept.builtOnMigration === latestMigration ? '' : `, migrated to ${latestMigration}`}.`,
    );
  else {
    log(`Building ${databaseName()}…`);
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${databaseName()} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${databaseName()}`);
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 20) }) });
  // A kept data set may have run a later-numbered migration of another session before an earlier one
  // landed: the bench applies what is missing whatever its order (the product's migrator refuses).
  const migrated = await new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (migrated.error) throw migrated.error;
  for (const r of migrated.results ?? []) log(`migration ${r.migrationName}: ${r.status}`);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
  if (!kept) {
    const scene = await build(deps);
    const seconds = (performance.now() - started) / 1000;
    await sql`
      CREATE TABLE bench_dataset (scale text NOT NULL, latest_migration text NOT NULL,
        built_at timestamptz NOT NULL, seconds numeric NOT NULL, scene jsonb NOT NULL)
    `.execute(db);
    await sql`
      INSERT INTO bench_dataset VALUES (${JSON.stringify(config)}, ${latestMigration}, now(), ${seconds},
        ${JSON.stringify(scene)}::jsonb)
    `.execute(db);
    log(`Built in ${seconds.toFixed(0)} s.`);
    kept = { scene, builtAt: new Date().toISOString(), seconds, builtOnMigration: latestMigration };
  }
  const counts = await sql<{
    people: string;
    enrolments: string;
    events: string;
    series: string;
    loans: string;
  }>`
    SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM enrolments) AS enrolments,
      (SELECT count(*) FROM timeline_events) AS events, (SELECT count(*) FROM session_series) AS series,
      (SELECT count(*) FROM loans) AS loans
  `.execute(db);
  log(`Data set: ${JSON.stringify(counts.rows[0])}`);
  const measured = await measure(deps, kept.scene);
  await db.destroy();

  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/bench-${scaleName}.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        scale: scaleName,
        config,
        date: new Date().toISOString(),
        machine: {
          cpus: os.cpus().length,
          model: os.cpus()[0]?.model,
          memoryGb: Math.round(os.totalmem() / 2 ** 30),
        },
        loadAverageAtEnd: os.loadavg().map((n) => Math.round(n * 10) / 10),
        latestMigration,
        only,
        dataSet: {
          builtAt: kept.builtAt,
          buildSeconds: kept.seconds,
          builtOnMigration: kept.builtOnMigration,
          timings: kept.scene.timings,
          counts: counts.rows[0],
        },
        durationSeconds: duration,
        oneClientRequests: requests,
        aggregateRequests: heavyRequests,
        writeRequests,
        ...measured,
      },
      null,
      2,
    ),
  );
  log(`\nWritten to ${file} (whole run ${((performance.now() - started) / 1000).toFixed(0)} s).`);
}

/** Waits until no job is due and unfinished (or `timeoutMs` passed); returns how many still are. */
async function dueJobsDrained(db: Deps['db'], timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql<{ due: number }>`
      SELECT count(*)::int AS due FROM jobs
      WHERE run_at <= now() AND completed_at IS NULL AND failed_at IS NULL
    `.execute(db);
    const due = rows[0]?.due ?? 0;
    if (due === 0 || performance.now() > deadline) return due;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

interface Goal {
  goal: string;
  value: string;
  pass: boolean;
}

async function measure(deps: Deps, scene: Scene) {
  const db = deps.db;
  const server = await startBenchServer(deps, url);
  const address = server.address;
  // Its start schedules the day's recurring sweeps, due at once on a new data set: the reads are
  // measured once the jobs' process has run them, not beside them.
  const drainStarted = performance.now();
  const left = await dueJobsDrained(db, 900_000);
  log(
    `Background jobs due at the server's start: run in ${((performance.now() - drainStarted) / 1000).toFixed(1)} s${left > 0 ? ` (${left} still due; measured beside them)` : ''}`,
  );
  const first = scene.bulk.organizations[0]!;
  const programId = first.programId;

  const login = async (email: string) => {
    const response = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`log-in of ${email}: ${response.status} ${await response.text()}`);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const cookies = {
    counselor: await login(scene.bulk.counselorEmail),
    caseload: await login(scene.caseloadCounselorEmail),
    coordinator: await login(scene.sessions.coordinatorEmail),
    rollCall: await login(scene.sessions.counselorEmail),
    servicer: await login(scene.fund.servicerEmail),
  };
  // Organizations may ask staff for a second factor: the bench's staff are taken as having given it.
  await db
    .updateTable('sessions')
    .set({ second_factor_pending: false, second_factor_at: new Date() })
    .execute();
  const writer = async (cookie: string) => {
    const session = await fetch(`${address}/api/auth/session`, { headers: { cookie } });
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    return { cookie, 'x-csrf-token': csrfToken };
  };

  const org = first.id;
  const sample = await sql<{ id: string; given: string; family: string }>`
    SELECT id, given_name AS given, family_name AS family FROM people
    WHERE organization_id = ${org} ORDER BY md5(id::text) LIMIT 100
  `.execute(db);
  const arabic = await sql<{ q: string }>`
    SELECT concat_ws(' ', given_name_original, family_name_original) AS q FROM people
    WHERE organization_id = ${org} AND family_name_original ~ '[\u0600-\u06FF]' ORDER BY md5(id::text) LIMIT 100
  `.execute(db);
  const longFiles = await sql<{ person_id: string }>`
    SELECT person_id FROM timeline_events WHERE organization_id = ${org}
    GROUP BY person_id HAVING count(*) >= 50 ORDER BY person_id LIMIT 100
  `.execute(db);
  const writes = writeRequests + 10;
  const notEnrolled = await sql<{ id: string }>`
    SELECT id FROM people WHERE organization_id = ${org}
      AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = people.id AND e.program_id = ${programId})
    ORDER BY id LIMIT ${writes}
  `.execute(db);
  // A typo in every searched name: one vowel doubled.
  const typo = (name: string) => name.replace(/([aeiou])/, '$1$1');
  const get = (path: string): LoadRequest => ({ method: 'GET', path });
  const today = new Date().toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
  const run = `${Date.now()}`;

  const results: LoadResult[] = [];
  const checks: Record<string, { status: number; bytes: number; count: string; start: string }> = {};
  /** One request from here first: the scenario must answer real data (its size and count are shown). */
  const check = async (name: string, cookie: string, request: LoadRequest) => {
    if (request.method !== 'GET') return;
    const response = await fetch(`${address}${request.path}`, { headers: { cookie } });
    const text = await response.text();
    let count = '';
    try {
      const body = JSON.parse(text) as Record<string, unknown>;
      count = ['items', 'rows', 'events', 'series']
        .filter((k) => Array.isArray(body[k]))
        .map((k) => `${k}: ${(body[k] as unknown[]).length}`)
        .concat(typeof body.total === 'number' ? [`total: ${body.total}`] : [])
        .join(', ');
    } catch {}
    checks[name] = { status: response.status, bytes: text.length, count, start: text.slice(0, 400) };
    log(`  check ${name}: ${response.status}, ${text.length} bytes${count ? `, ${count}` : ''}`);
  };
  const load = async (
    name: string,
    headers: Record<string, string>,
    list: LoadRequest[],
    connections: number,
    options: { amount?: number; warmup?: number } = {},
  ) => {
    if (!(name in checks)) await check(name, headers.cookie ?? '', list[0]!);
    const result = await runLoad(
      {
        name,
        url: address,
        headers,
        requests: list,
        connections,
        ...(options.amount !== undefined ? { amount: options.amount } : { duration }),
        warmup: options.warmup ?? 20,
      },
      server.residentBytes,
    );
    results.push(result);
    log(
      `  ${name} c=${connections}: ${result.perSecond.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, ${result.meanBytes} B, errors ${result.errors}, peak RSS ${result.peakRssMb} MB`,
    );
    return result;
  };

  const readScenarios: { name: string; cookie: string; list: LoadRequest[]; p95: number }[] = [
    {
      name: 'caseload page',
      cookie: cookies.counselor,
      list: Array.from({ length: 40 }, (_, i) => get(`/api/people?page=${i + 1}&pageSize=25&sort=name`)),
      p95: 25,
    },
    {
      name: 'caseload by program',
      cookie: cookies.counselor,
      list: Array.from({ length: 20 }, (_, i) =>
        get(`/api/people?programId=${programId}&page=${i + 1}&pageSize=25`),
      ),
      p95: 25,
    },
    {
      name: 'caseload by referent, alerts',
      cookie: cookies.caseload,
      list: [get('/api/people?referent=me&alerts=any&sort=urgency&pageSize=25')],
      p95: 25,
    },
    {
      name: 'person file',
      cookie: cookies.counselor,
      list: sample.rows.map((r) => get(`/api/people/${r.id}`)),
      p95: 25,
    },
    {
      name: 'person timeline page (50)',
      cookie: cookies.counselor,
      list: longFiles.rows.map((r) => get(`/api/people/${r.person_id}/timeline?pageSize=50`)),
      p95: 25,
    },
    {
      name: 'search, typo',
      cookie: cookies.counselor,
      list: sample.rows.map((r) =>
        get(`/api/people?q=${encodeURIComponent(typo(`${r.given} ${r.family}`))}`),
      ),
      p95: 30,
    },
    {
      name: 'search, Arabic script',
      cookie: cookies.counselor,
      list: arabic.rows.map((r) => get(`/api/people?q=${encodeURIComponent(r.q)}`)),
      p95: 30,
    },
    {
      name: `search, common surname (${scene.bulk.commonFamilyName})`,
      cookie: cookies.counselor,
      list: [get(`/api/people?q=${encodeURIComponent(scene.bulk.commonFamilyName)}`)],
      p95: 30,
    },
    {
      name: 'occupation search, 4 classifications, 6 languages',
      cookie: cookies.counselor,
      list: occupationSearchRequests(),
      p95: 30,
    },
  ];
  const heavyScenarios = [
    {
      name: 'session figures, program, a year',
      cookie: cookies.coordinator,
      list: [get(`/api/session-figures?from=${yearAgo}&to=${today}&programId=${programId}`)],
    },
    {
      name: 'fund dashboard',
      cookie: cookies.servicer,
      list: [get(`/api/loan-funds/${scene.fund.fundId}/dashboard`)],
    },
    {
      name: 'program progress',
      cookie: cookies.coordinator,
      list: [get(`/api/programs/${programId}/progress`)],
    },
  ];
  const rollCall = scene.sessions.rollCallMeetings;
  const activeLoans = scene.fund.activeLoanIds;
  const writeScenarios = [
    {
      name: 'roll call of 30',
      headers: await writer(cookies.rollCall),
      list: Array.from({ length: writes }, (_, i): LoadRequest => {
        const meeting = rollCall[i % rollCall.length]!;
        return {
          method: 'PUT',
          path: `/api/session-meetings/${meeting.meetingId}/roll-call`,
          body: JSON.stringify({ marks: rollCallMarks(meeting, (Date.now() % 100_000) + i) }),
        };
      }),
    },
    {
      name: 'loan payment',
      headers: await writer(cookies.servicer),
      list: Array.from(
        { length: writes },
        (_, i): LoadRequest => ({
          method: 'POST',
          path: `/api/loans/${activeLoans[i % activeLoans.length]}/payments`,
          body: JSON.stringify({
            idempotencyKey: `bench-payment-${run}-${i}`,
            amountCents: 1_000,
            receivedOn: today,
            method: 'check',
          }),
        }),
      ),
    },
    {
      name: 'enrolment',
      headers: await writer(cookies.counselor),
      list: notEnrolled.rows.map(
        (r): LoadRequest => ({
          method: 'POST',
          path: `/api/programs/${programId}/enrolments`,
          body: JSON.stringify({ personId: r.id, intake: { source: 'walk_in' } }),
        }),
      ),
    },
  ];

  const rssBeforeMb = Math.round(server.residentBytes() / 1_048_576);
  const jobsRss = () => Math.round(server.childrenResidentBytes() / 1_048_576);
  const jobsRssBeforeMb = jobsRss();
  log(
    `\nMeasuring (load generator in a child process); server process RSS before: ${rssBeforeMb} MB (its background jobs' process: ${jobsRssBeforeMb} MB)…`,
  );
  const bare32 = await load('bare route GET /api/health', {}, [get('/api/health')], 32);
  const bare1 = await load('bare route GET /api/health', {}, [get('/api/health')], 1, { amount: requests });
  const rows: {
    scenario: string;
    perSecond32?: number;
    ratio?: number;
    p50?: number;
    p95?: number;
    p95at4?: number;
    bytes?: number;
    errors: number;
    peakRssMb: number;
    pass: boolean;
    goal: string;
  }[] = [];
  rows.push({
    scenario: 'bare route GET /api/health',
    perSecond32: bare32.perSecond,
    ratio: 1,
    p50: bare1.p50,
    p95: bare1.p95,
    bytes: bare1.meanBytes,
    errors: bare32.errors + bare1.errors,
    peakRssMb: bare32.peakRssMb ?? 0,
    pass: true,
    goal: 'reference',
  });
  for (const s of readScenarios.filter((r) => selected(r.name))) {
    if (s.list.length === 0) throw new Error(`${s.name}: no request to send (the data set lacks them)`);
    const at32 = await load(s.name, { cookie: s.cookie }, s.list, 32);
    const at1 = await load(s.name, { cookie: s.cookie }, s.list, 1, { amount: requests });
    const ratio = at32.perSecond / bare32.perSecond;
    const errors = at32.errors + at1.errors;
    rows.push({
      scenario: s.name,
      perSecond32: at32.perSecond,
      ratio,
      p50: at1.p50,
      p95: at1.p95,
      bytes: at1.meanBytes,
      errors,
      peakRssMb: at32.peakRssMb ?? 0,
      pass: ratio >= 0.35 && at1.p95 <= s.p95 && errors === 0,
      goal: `≥ 35 % of bare at 32 clients, p95 ≤ ${s.p95} ms at 1`,
    });
  }
  for (const s of heavyScenarios.filter((r) => selected(r.name))) {
    const at1 = await load(s.name, { cookie: s.cookie }, s.list, 1, {
      amount: heavyRequests,
      warmup: 3,
    });
    const at4 = await load(s.name, { cookie: s.cookie }, s.list, 4, {
      amount: heavyRequests,
      warmup: 0,
    });
    const errors = at1.errors + at4.errors;
    rows.push({
      scenario: s.name,
      perSecond32: undefined,
      p50: at1.p50,
      p95: at1.p95,
      p95at4: at4.p95,
      bytes: at1.meanBytes,
      errors,
      peakRssMb: at4.peakRssMb ?? 0,
      pass: at1.p95 <= 100 && at4.p95 <= 250 && errors === 0,
      goal: 'p95 ≤ 100 ms at 1 client, ≤ 250 ms at 4',
    });
  }
  for (const s of writeScenarios.filter((r) => selected(r.name))) {
    const amount = Math.min(writeRequests, s.list.length - 10);
    if (amount <= 0) {
      log(`  ${s.name}: no new write left to send (BENCH_REGENERATE=1 rebuilds the data set)`);
      continue;
    }
    const at1 = await load(s.name, s.headers, s.list, 1, { amount, warmup: 2 });
    rows.push({
      scenario: `${s.name} (write)`,
      p50: at1.p50,
      p95: at1.p95,
      bytes: at1.meanBytes,
      errors: at1.errors,
      peakRssMb: at1.peakRssMb ?? 0,
      pass: at1.p95 <= 50 && at1.errors === 0,
      goal: 'p95 ≤ 50 ms at 1 client',
    });
  }
  // A read sent as a POST (names stay out of addresses): one new person's possible duplicates, typed
  // with a typo, in the organization and across its consortium (docs/duplicates.md).
  const duplicatesScenario = 'possible duplicates of a new person';
  if (selected(duplicatesScenario)) {
    const name = duplicatesScenario;
    const list = sample.rows.map(
      (r): LoadRequest => ({
        method: 'POST',
        path: '/api/intake/possible-duplicates',
        body: JSON.stringify({ givenName: typo(r.given), familyName: r.family }),
      }),
    );
    const at1 = await load(name, await writer(cookies.counselor), list, 1, {
      amount: list.length,
      warmup: 5,
    });
    rows.push({
      scenario: name,
      p50: at1.p50,
      p95: at1.p95,
      bytes: at1.meanBytes,
      errors: at1.errors,
      peakRssMb: at1.peakRssMb ?? 0,
      pass: at1.p95 <= 50 && at1.errors === 0,
      goal: 'p95 ≤ 50 ms at 1 client',
    });
  }
  const jobsRssAfterMb = jobsRss();
  log(`Background jobs' process RSS after the runs: ${jobsRssAfterMb} MB`);
  await server.stop();

  const peak32 = Math.max(...results.filter((r) => r.connections === 32).map((r) => r.peakRssMb ?? 0));
  const goals: Goal[] = rows
    .filter((r) => r.goal !== 'reference')
    .map((r) => ({
      goal: `${r.scenario}: ${r.goal}`,
      value:
        r.ratio !== undefined
          ? `${(r.ratio * 100).toFixed(0)} %, p95 ${r.p95!.toFixed(1)} ms`
          : `p95 ${r.p95!.toFixed(1)} ms${r.p95at4 !== undefined ? `, at 4: ${r.p95at4.toFixed(1)} ms` : ''}`,
      pass: r.pass,
    }));
  // The memory goal is about the reads at 32 clients: judged only when they ran.
  if (readScenarios.some((r) => selected(r.name)))
    goals.push({
      goal: 'server peak RSS during the 32-client runs ≤ 300 MB',
      value: `${peak32} MB`,
      pass: peak32 <= 300,
    });

  const f = (n: number | undefined, digits = 1) => (n === undefined ? '' : n.toFixed(digits));
  log(
    `\n${config.people.toLocaleString('en')} people, ${config.organizations} organizations; ${duration} s at 32 clients, ${requests} requests at 1 client; ${os.cpus().length} cores\n`,
  );
  log(
    [
      'scenario'.padEnd(40),
      'req/s@32'.padStart(9),
      'vs bare'.padStart(8),
      'p50@1'.padStart(7),
      'p95@1'.padStart(7),
      'p95@4'.padStart(7),
      'bytes'.padStart(8),
      'errors'.padStart(7),
      'RSS MB'.padStart(7),
      '',
    ].join(' '),
  );
  for (const r of rows)
    log(
      [
        r.scenario.slice(0, 40).padEnd(40),
        f(r.perSecond32, 0).padStart(9),
        (r.ratio === undefined ? '' : `${(r.ratio * 100).toFixed(0)}%`).padStart(8),
        f(r.p50).padStart(7),
        f(r.p95).padStart(7),
        f(r.p95at4).padStart(7),
        String(r.bytes ?? '').padStart(8),
        String(r.errors).padStart(7),
        String(r.peakRssMb).padStart(7),
        r.goal === 'reference' ? '' : r.pass ? 'PASS' : 'MISS',
      ].join(' '),
    );
  log('\nGoals:');
  for (const g of goals) log(`  ${g.pass ? 'PASS' : 'MISS'}  ${g.goal} — ${g.value}`);
  return { rssBeforeMb, jobsRssBeforeMb, jobsRssAfterMb, checks, table: rows, goals, runs: results };
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
