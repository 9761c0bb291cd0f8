/**
 * `npx tsx bench/occupations-only.ts`: the occupation search scenario of `npm run bench` alone, on its
 * own freshly migrated database (BENCH_DATABASE_URL, default passerelle_bench_occupations), when the
 * whole bench is too long: p95 at 1 client (goal ≤ 30 ms), and throughput at 32 clients as a share of
 * the bare route `GET /api/health` measured in the same run (goal ≥ 35 %).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { systemContext } from '../src/core/auth/actor.js';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { createPgPool } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import type { Database } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { buildServer } from '../src/server/build-server.js';
import { type LoadResult, runLoad } from './load-client.js';
import { occupationSearchRequests } from './occupations.js';

const url =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_occupations';
const password = 'bench-password-0123';

async function main() {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${target.pathname.slice(1)}`);
  await client.end();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 20) }) });
  await migrateToLatest(db as never);
  await sql`ANALYZE`.execute(db);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
  const system = systemContext('bench');
  const { id: organizationId } = await createOrganization(deps)(system, {
    name: 'Occupations bench',
    kind: 'mission_locale',
    country: 'FR',
  });
  const { userId } = await createStaffAccount(deps)(system, {
    email: 'occupations@bench.test',
    displayName: 'Occupations counselor',
    role: 'counselor',
    organizationId,
    password,
  });
  const app = await buildServer({
    deps,
    config: {
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      NODE_ENV: 'test',
      SESSION_REQUESTS_PER_MINUTE: 1_000_000,
    },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'occupations@bench.test', password }),
  });
  const headers = { cookie: (login.headers.get('set-cookie') ?? '').split(';')[0]! };
  // New organizations ask staff for a second factor: the bench's counselor is taken as having given it.
  await db
    .updateTable('sessions')
    .set({ second_factor_pending: false, second_factor_at: new Date() })
    .where('user_id', '=', userId)
    .execute();
  const requests = occupationSearchRequests();
  for (const request of requests) {
    const answer = await fetch(`${address}${request.path}`, { headers });
    const body = (await answer.json()) as { items?: unknown[] };
    if (!answer.ok) throw new Error(`${request.path} answered ${answer.status}: ${JSON.stringify(body)}`);
    if ((body.items ?? []).length === 0) console.log(`  no hit: ${decodeURIComponent(request.path)}`);
  }
  const bare = [{ method: 'GET' as const, path: '/api/health' }];
  const results: LoadResult[] = [
    await runLoad({
      name: 'bare route c=1',
      url: address,
      headers,
      requests: bare,
      connections: 1,
      amount: 400,
      warmup: 20,
    }),
    await runLoad({
      name: 'occupation search c=1',
      url: address,
      headers,
      requests,
      connections: 1,
      amount: 400,
      warmup: 36,
    }),
    await runLoad({
      name: 'bare route c=32',
      url: address,
      headers,
      requests: bare,
      connections: 32,
      duration: 10,
      warmup: 20,
    }),
    await runLoad({
      name: 'occupation search c=32',
      url: address,
      headers,
      requests,
      connections: 32,
      duration: 10,
      warmup: 36,
    }),
  ];
  await app.close();
  await db.destroy();
  console.log(
    'scenario'.padEnd(28),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
  );
  for (const r of results)
    console.log(
      r.name.padEnd(28),
      r.perSecond.toFixed(0).padStart(8),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.p99.toFixed(1).padStart(8),
      String(r.errors).padStart(7),
    );
  const share = (results[3]?.perSecond ?? 0) / (results[2]?.perSecond ?? 1);
  console.log(`throughput at 32 clients: ${(share * 100).toFixed(0)} % of the bare route (goal ≥ 35 %)`);
  console.log(`p95 at 1 client: ${results[1]?.p95.toFixed(1)} ms (goal ≤ 30 ms)`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
