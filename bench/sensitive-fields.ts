/**
 * `npx tsx bench/sensitive-fields.ts`: what sealing the status and barriers (ADR 10) costs the reads
 * that open them, on a PostgreSQL server, through the use cases. One organization of `BENCH_PEOPLE`
 * people (default 2,000, a large program's file), each with a status and two barriers; then the median
 * and 95th percentile of: a caseload page of 25 by name, the same page filtered by a status (which
 * opens every status of the organization), and a person's whole file. Runs unchanged on the code
 * before ADR 10 (statuses in clear) for the comparison. Never a test.
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { createPgPool } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import type { Database, Db } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { listCaseload } from '../src/modules/caseload/use-cases/list-caseload.js';
import { createPerson } from '../src/modules/people/use-cases/create-person.js';
import { getPersonFile } from '../src/modules/people/use-cases/get-person-file.js';
import { givenOrganization, givenStaff } from '../test/support/fixtures.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_sealed';
const peopleCount = Number(process.env.BENCH_PEOPLE ?? 2000);
const runs = Number(process.env.BENCH_RUNS ?? 200);
const statuses = [
  'refugee',
  'asylum_seeker',
  'subsidiary_protection',
  'permanent_resident',
  'work_permit',
] as const;

async function recreateDatabase() {
  const target = new URL(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${target.pathname.slice(1)} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${target.pathname.slice(1)}`);
  await client.end();
}

async function measure(label: string, action: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await action();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await action();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  console.log(`${label.padEnd(46)} median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms`);
}

async function main() {
  await recreateDatabase();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 4) }) }) as Db;
  await migrateToLatest(db as never);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(developmentEncryptionKeys),
  };
  const organizationId = (await givenOrganization(db)).id;
  const counselor = await givenStaff(db, organizationId, 'counselor');
  const started = performance.now();
  const ids: string[] = [];
  for (let i = 0; i < peopleCount; i++) {
    const { id } = await createPerson(deps)(counselor, {
      identity: {
        givenName: `Person${i}`,
        familyName: `Family${i % 97}`,
        immigrationStatus: statuses[i % statuses.length],
        statusDate: '2024-01-15',
        asylumApplicationDate: '2023-06-01',
      },
      barriers: [
        {
          category: 'health',
          status: 'identified',
          identifiedOn: '2026-01-05',
          note: 'Suivi médical régulier',
        },
        { category: 'housing', status: 'identified', identifiedOn: '2026-01-06' },
      ],
    });
    ids.push(id);
  }
  await sql`ANALYZE`.execute(db);
  console.log(
    `${peopleCount} people with a status and two barriers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const page = { page: 3, pageSize: 25, sort: 'name' as const };
  await measure('caseload page of 25 by name', () => listCaseload(deps)(counselor, page));
  await measure('caseload page of 25 filtered by status', () =>
    listCaseload(deps)(counselor, { ...page, immigrationStatus: 'refugee' }),
  );
  let next = 0;
  await measure('person file (status and 2 barriers)', () =>
    getPersonFile(deps)(counselor, { personId: ids[next++ % ids.length]! }),
  );
  await db.destroy();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
