/**
 * `npx tsx bench/people-import.ts`: the caseload import (docs/people-import.md) with files of
 * BENCH_ROWS rows (default 2,000, the cap). Two organizations of one consortium; each imports a file
 * into its empty caseload, then the first previews and imports a third file, so that each row meets
 * 2,000 files of its organization and 2,000 of the other member. Rows are drawn from 20 given names ×
 * 20 family names with random birth dates and phones: many look alike, as in a real caseload. With
 * BENCH_PROGRAM=1 every row of the third file also names a program to enrol the person in.
 * On PGlite in memory, or on a PostgreSQL server with BENCH_DATABASE_URL (a database created for the
 * run and dropped after). Prints each step's time with the load average. Never a test.
 */
import os from 'node:os';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { systemContext } from '../src/core/auth/actor.js';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { createPgPool, kyselyOverPglite, pgliteOptions } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import type { Database, Db } from '../src/core/db/types.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { importPeople } from '../src/modules/people/use-cases/import-people.js';
import { importEnrolments } from '../src/modules/programs/api.js';
import { createProgram } from '../src/modules/programs/use-cases/create-program.js';
import { givenConsortium, givenOrganization, givenStaff } from '../test/support/fixtures.js';

const rows = Number(process.env.BENCH_ROWS ?? 2000);
const withProgram = process.env.BENCH_PROGRAM === '1';
const serverUrl = process.env.BENCH_DATABASE_URL;

const givenNames = [
  'Amina',
  'Mohammed',
  'Fatima',
  'Yusuf',
  'Iouri',
  'Olena',
  'Tesfaye',
  'Hanna',
  'Ali',
  'Mariam',
  'Omar',
  'Leila',
  'Samir',
  'Nadia',
  'Karim',
  'Sara',
  'Ahmad',
  'Aya',
  'Dmytro',
  'Selam',
];
const familyNames = [
  'Haddad',
  'Youssef',
  'Ivanov',
  'Bekele',
  'Khalil',
  'Rahimi',
  'Shevchenko',
  'Mansour',
  'Hussein',
  'Tesfaye',
  'Nasser',
  'Kovalenko',
  'Abebe',
  'Saleh',
  'Karimi',
  'Petrenko',
  'Darwish',
  'Girma',
  'Azizi',
  'Bondarenko',
];

/** A small deterministic generator: the same files at every run. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % below;
  };
}

function caseloadFile(seed: number, program: string | null): Buffer {
  const next = generator(seed);
  const two = (n: number) => String(n).padStart(2, '0');
  // A row that names a program says how the person came (the enrolment's intake source is required).
  const lines = [`Prénom;Nom;Date de naissance;Téléphone;Ville${program ? ';Programme;Source' : ''}`];
  for (let i = 0; i < rows; i += 1) {
    const birth = `${two(1 + next(28))}/${two(1 + next(12))}/${1960 + next(45)}`;
    const phone = `+33 6 ${two(next(100))} ${two(next(100))} ${two(next(100))} ${two(next(100))}`;
    lines.push(
      [
        givenNames[next(20)],
        familyNames[next(20)],
        birth,
        phone,
        'Bordeaux',
        ...(program ? [program, 'walk_in'] : []),
      ].join(';'),
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

async function openDatabase(): Promise<{ db: Db; close: () => Promise<void>; engine: string }> {
  if (!serverUrl) {
    const db = kyselyOverPglite(await PGlite.create(pgliteOptions));
    return { db, close: () => db.destroy(), engine: 'PGlite (in memory)' };
  }
  const name = `passerelle_bench_import_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: createPgPool(target.toString(), 4) }),
  });
  return {
    db: db as Db,
    engine: 'PostgreSQL server',
    close: async () => {
      await db.destroy();
      await admin.query(`DROP DATABASE ${name}`);
      await admin.end();
    },
  };
}

const { db, close, engine } = await openDatabase();
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
const first = await givenOrganization(db, { name: 'Bench import A' });
const second = await givenOrganization(db, { name: 'Bench import B' });
await givenConsortium(db, first.id, [first.id, second.id]);
const counselorA = await givenStaff(db, first.id, 'counselor');
const counselorB = await givenStaff(db, second.id, 'counselor');
if (withProgram)
  await createProgram(deps)(systemContext(), {
    ownerOrganizationId: first.id,
    consortiumId: null,
    code: 'BENCH-FLE',
    nameFr: 'Français langue étrangère',
    nameEn: 'French as a foreign language',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  } as never);

const run = importPeople(importEnrolments)(deps);
const csv = 'text/csv';
console.log(`${engine}, ${rows} rows a file, ${os.cpus().length} cores`);
async function step(label: string, action: () => Promise<{ summary: object }>) {
  const started = performance.now();
  const report = await action();
  const seconds = (performance.now() - started) / 1000;
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(
    `${label.padEnd(58)} ${seconds.toFixed(1).padStart(7)} s   load ${load}   ${JSON.stringify(report.summary)}`,
  );
}
await step('import into an empty organization (B)', () =>
  run(counselorB, {
    content: caseloadFile(1, null),
    declaredMediaType: csv,
    dryRun: false,
    skip: [],
    fileName: '',
  }),
);
await step('import into an empty organization (A)', () =>
  run(counselorA, {
    content: caseloadFile(2, null),
    declaredMediaType: csv,
    dryRun: false,
    skip: [],
    fileName: '',
  }),
);
const third = caseloadFile(3, withProgram ? 'BENCH-FLE' : null);
await step('preview against 2,000 files of A and 2,000 of B', () =>
  run(counselorA, { content: third, declaredMediaType: csv, dryRun: true, skip: [], fileName: '' }),
);
await step(`import of those rows${withProgram ? ', each enrolled' : ''}`, () =>
  run(counselorA, { content: third, declaredMediaType: csv, dryRun: false, skip: [], fileName: '' }),
);
await close();
