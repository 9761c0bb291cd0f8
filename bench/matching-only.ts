/**
 * `npx tsx bench/matching-only.ts`: the matching scenarios of `npm run bench` alone, on their own
 * database (BENCH_DATABASE_URL, default passerelle_bench_matching), when the whole bench is too long.
 */
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
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
import { buildServer } from '../src/server/build-server.js';
import { runMatchingBench } from './matching.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_matching';

async function main() {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${target.pathname.slice(1)}`);
  await client.end();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 10) }) });
  await migrateToLatest(db as never);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
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
  const results = await runMatchingBench(deps, address, 'bench-password-0123');
  await app.close();
  await db.destroy();
  console.log(
    'scenario'.padEnd(52),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
  );
  for (const r of results)
    console.log(
      r.name.padEnd(52),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.p99.toFixed(1).padStart(8),
      String(r.errors).padStart(7),
    );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
