/**
 * `npx tsx bench/documents.ts`: what encryption at rest costs. Seals and opens 10 MiB (the upload limit)
 * and 200 kB (a typical scan) with the key ring, then uploads and downloads through the HTTP server on an
 * embedded database. Never a test: timings depend on the machine.
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { systemClock } from '../src/core/clock.js';
import { developmentEncryptionKeys } from '../src/core/config.js';
import { parseKeyRingSpec } from '../src/core/crypto/key-ring.js';
import { kyselyOverPglite, pgliteOptions } from '../src/core/db/connect.js';
import { migrateToLatest } from '../src/core/db/migrate.js';
import { uuidv7 } from '../src/core/ids.js';
import { OutboxMailer } from '../src/core/mail/mailer.js';
import { OutboxSmsSender } from '../src/core/sms/sms-sender.js';
import type { Deps } from '../src/core/use-case.js';
import { createPerson } from '../src/modules/people/use-cases/create-person.js';
import { buildServer } from '../src/server/build-server.js';
import { givenOrganization, givenSession, givenStaff } from '../test/support/fixtures.js';

const keyRing = parseKeyRingSpec(developmentEncryptionKeys);

function timed(label: string, runs: number, action: () => unknown): void {
  action();
  const started = performance.now();
  for (let i = 0; i < runs; i++) action();
  const each = (performance.now() - started) / runs;
  console.log(`${label.padEnd(44)} ${each.toFixed(2).padStart(8)} ms`);
}

for (const [label, size] of [
  ['10 MiB', 10 * 1024 * 1024],
  ['200 kB', 200 * 1024],
] as const) {
  const content = randomBytes(size);
  const sealed = keyRing.seal(content, 'bench');
  timed(`seal ${label}`, 20, () => keyRing.seal(content, 'bench'));
  timed(`open ${label}`, 20, () => keyRing.open(sealed, 'bench'));
}

const client = await PGlite.create(pgliteOptions);
const db = kyselyOverPglite(client);
await migrateToLatest(db as never);
const deps: Deps = {
  db,
  clock: systemClock,
  newId: uuidv7,
  mailer: new OutboxMailer(),
  sms: new OutboxSmsSender(),
  publicUrl: 'http://127.0.0.1',
  keyRing,
};
const app = await buildServer({
  deps,
  config: {
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'bench-secret-bench-secret-0123456789abc',
    NODE_ENV: 'test',
    // The bench measures throughput on a few sessions, not the per-session quota (ASVS 2.4.1).
    SESSION_REQUESTS_PER_MINUTE: 1_000_000,
  },
});
const organization = await givenOrganization(db);
const counselor = await givenStaff(db, organization.id, 'counselor');
const session = await givenSession(db, counselor.actor.userId, organization.id);
const { id: personId } = await createPerson(deps)(counselor, {
  identity: { givenName: 'Bench', familyName: 'Person' },
});
for (const [label, size] of [
  ['10 MiB', 10 * 1024 * 1024 - 16],
  ['200 kB', 200 * 1024],
] as const) {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);
  let documentId = '';
  const uploads: number[] = [];
  const downloads: number[] = [];
  for (let i = 0; i < 5; i++) {
    let started = performance.now();
    const response = await app.inject({
      method: 'POST',
      url: `/api/people/${personId}/documents?type=cv&title=Bench`,
      cookies: session.cookies,
      headers: { ...session.headers, 'content-type': 'application/pdf' },
      payload: pdf,
    });
    uploads.push(performance.now() - started);
    documentId = response.json().id;
    started = performance.now();
    await app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/content`,
      cookies: session.cookies,
    });
    downloads.push(performance.now() - started);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `HTTP upload ${label}, median of 5 (PGlite)`.padEnd(44),
    median(uploads).toFixed(1).padStart(8),
    'ms',
  );
  console.log(
    `HTTP download ${label}, median of 5 (PGlite)`.padEnd(44),
    median(downloads).toFixed(1).padStart(8),
    'ms',
  );
}
await app.close();
await db.destroy();
