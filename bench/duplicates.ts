/**
 * `npm run bench:duplicates`: possible duplicates of one new person (the intake's search: the
 * organization's candidates and the consortium's yes/no, `findPossibleDuplicates` with its audit) against
 * BENCH_PEOPLE people (default 1,000,000) in 40 organizations of one consortium, on a PostgreSQL server.
 * People are drawn from the name-variant lists (Arabic, Cyrillic, and their Latin spellings), with birth
 * dates, phones and e-mails, their blocking keys computed as the application does; the data set is kept
 * for the next run at the same size (BENCH_REGENERATE=1 rebuilds it). Each probe is a person of the data
 * set typed again (another spelling or script, a swapped date) or a stranger. Never a test.
 */
import os from 'node:os';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from '../migrations/index.js';
import { loadDuplicatesPeople } from '../scripts/duplicates/bench-data-set.js';
import { scriptsPerson } from '../scripts/duplicates/bench-people.js';
import { randomOf } from '../scripts/duplicates/cross-script-set.js';
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
import { readNameVariantEntries } from '../src/modules/people/adapters/name-variants-file.js';
import { runConsortiumDuplicatesNow } from '../src/modules/people/api.js';
import {
  consortiumPartnersOf,
  readProbe,
  scoredCandidates,
} from '../src/modules/people/use-cases/duplicate-candidates.js';
import { listDuplicatePairs } from '../src/modules/people/use-cases/duplicate-pairs.js';
import { findPossibleDuplicates } from '../src/modules/people/use-cases/find-possible-duplicates.js';
import { generateOrganizations } from './generate-bulk.js';

const people = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const probes = Number(process.env.BENCH_REQUESTS ?? 200);
const url =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_duplicates';
const latestMigration = Object.keys(migrations).sort().at(-1) ?? '';
const marker = JSON.stringify({ people, latestMigration, version: 2 });
const log = (line: string) => console.log(line);

async function admin(query: string) {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  target.pathname = '/postgres';
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return await client.query(query.replace('$db', name));
  } finally {
    await client.end();
  }
}

async function kept(db: Kysely<Database>): Promise<{ organizationId: string; userId: string } | null> {
  try {
    const row = await sql<{ scene: { organizationId: string; userId: string } }>`
      SELECT scene FROM bench_duplicates WHERE marker = ${marker}`.execute(db);
    return row.rows[0]?.scene ?? null;
  } catch {
    return null;
  }
}

async function build(deps: Deps) {
  const db = deps.db;
  const scene = await generateOrganizations(deps, {
    organizations: 40,
    consortia: 1,
    password: 'bench-password-0123',
  });
  await loadDuplicatesPeople(
    db,
    scene.organizations.map((o) => o.id),
    people,
    log,
  );
  const result = { organizationId: scene.organizations[0]!.id, userId: scene.counselorUserId };
  await sql`CREATE TABLE bench_duplicates (marker text NOT NULL, scene jsonb NOT NULL)`.execute(db);
  await sql`INSERT INTO bench_duplicates VALUES (${marker}, ${JSON.stringify(result)}::jsonb)`.execute(db);
  return result;
}

async function main() {
  const started = performance.now();
  const regenerate = process.env.BENCH_REGENERATE === '1';
  const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '$db'`)).rowCount;
  if (!exists) await admin('CREATE DATABASE $db');
  let db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 4) }) });
  let scene = regenerate ? null : await kept(db);
  if (!scene) {
    await db.destroy();
    await admin('DROP DATABASE IF EXISTS $db WITH (FORCE)');
    await admin('CREATE DATABASE $db');
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 4) }) });
    await migrateToLatest(db as never);
  }
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    sms: new OutboxSmsSender(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
  if (!scene) {
    log(`Building ${people.toLocaleString('en')} people…`);
    scene = await build(deps);
    log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  }
  const counts = await sql<{ people: string; keys: string }>`
    SELECT (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM person_duplicate_keys) AS keys`.execute(
    db,
  );
  log(`Data set: ${JSON.stringify(counts.rows[0])}`);

  const ctx = {
    actor: {
      userId: scene.userId,
      sessionId: uuidv7(),
      displayName: 'Bench counselor',
      organizationId: scene.organizationId,
      role: 'counselor' as const,
      consortiumIds: [],
      coordinatedConsortiumIds: [],
      locale: 'en' as const,
    },
    requestId: 'bench-duplicates',
    locale: 'en' as const,
    ip: null,
  };
  // Half the probes are people of the data set typed again, half strangers drawn the same way.
  const entries = readNameVariantEntries();
  const random = randomOf(99);
  const sample = await sql<{
    given_name: string;
    family_name: string;
    given_name_original: string | null;
    family_name_original: string | null;
    birth_date: string | null;
  }>`SELECT given_name, family_name, given_name_original, family_name_original, birth_date::text AS birth_date
     FROM people ORDER BY md5(id::text) LIMIT ${Math.ceil(probes / 2)}`.execute(db);
  const list = [
    ...sample.rows.map((row) => ({
      givenName: random.chance(0.5) ? row.given_name : null,
      familyName: random.chance(0.5) ? row.family_name : null,
      givenNameOriginal: row.given_name_original ?? row.given_name,
      familyNameOriginal: row.family_name_original ?? row.family_name,
      birthDate: row.birth_date,
    })),
    ...Array.from({ length: Math.floor(probes / 2) }, (_, i) => scriptsPerson(entries, random, people + i)),
  ];
  const find = findPossibleDuplicates(deps);
  for (const probe of list.slice(0, 10)) await find(ctx, probe as never);
  const times: number[] = [];
  let found = 0;
  let elsewhere = 0;
  for (const probe of list) {
    const t0 = performance.now();
    const result = await find(ctx, probe as never);
    times.push(performance.now() - t0);
    if (result.items.length > 0) found++;
    if (result.consortium.possibleMatchElsewhere) elsewhere++;
  }
  // The same probes without the use case's transaction and audit row: the lookup and the scoring alone.
  const partners = await consortiumPartnersOf(db, scene.organizationId);
  const lookups: number[] = [];
  for (const person of list) {
    const t0 = performance.now();
    const probe = readProbe(person as never);
    await scoredCandidates(db, probe, [scene.organizationId]);
    await scoredCandidates(db, probe, partners);
    lookups.push(performance.now() - t0);
  }
  lookups.sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  const at = (q: number, list = times) => list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  log(
    `\nOne new person's possible duplicates among ${Number(counts.rows[0]?.people).toLocaleString('en')} people ` +
      `(${list.length} probes, one at a time; ${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)}):`,
  );
  log(`  p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms`);
  log(
    `  lookup and scoring alone (no transaction, no audit row): p50 ${at(0.5, lookups).toFixed(1)} ms, p95 ${at(0.95, lookups).toFixed(1)} ms`,
  );
  log(
    `  ${found} probes with a candidate in the organization, ${elsewhere} with a match elsewhere in the consortium`,
  );
  log(`  goal p95 ≤ 50 ms: ${at(0.95) <= 50 ? 'PASS' : 'MISS'}`);
  // The batch run over one organization (its share of the data set), through the use case.
  const inOrganization = await sql<{ n: string }>`
    SELECT count(*) AS n FROM people WHERE organization_id = ${scene.organizationId}`.execute(db);
  const t0 = performance.now();
  const batchRun = await listDuplicatePairs(deps)(ctx, { limit: 100 });
  log(
    `\nBatch run over one organization of ${Number(inOrganization.rows[0]?.n).toLocaleString('en')} people: ` +
      `${((performance.now() - t0) / 1000).toFixed(1)} s, ${batchRun.comparedPairs.toLocaleString('en')} pairs compared, ` +
      `${batchRun.foundPairs} possible duplicates`,
  );
  // The batch run over the whole consortium (every member's files against the others'), as its job does.
  const consortium = await sql<{ id: string }>`SELECT id FROM consortia ORDER BY id LIMIT 1`.execute(db);
  const t1 = performance.now();
  const consortiumRun = await runConsortiumDuplicatesNow(deps, consortium.rows[0]!.id);
  const seconds = (performance.now() - t1) / 1000;
  log(
    `\nBatch run over the consortium of ${people.toLocaleString('en')} people: ${seconds.toFixed(1)} s, ` +
      `${consortiumRun?.comparedPairs.toLocaleString('en')} pairs of two members' files compared, ` +
      `${consortiumRun?.foundPairs.toLocaleString('en')} possible duplicates across members`,
  );
  log(
    `  goal ≤ 60 s for 1,000,000 people: ${people >= 1_000_000 ? (seconds <= 60 ? 'PASS' : 'MISS') : 'not at 1,000,000'}`,
  );
  await db.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
