/**
 * `npm run bench`: 100,000 people on a PostgreSQL server, then latency of the caseload page and of
 * person search through the real HTTP server, against the same server's bare route. Never a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
import type { Deps } from '../src/core/use-case.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { createProgram } from '../src/modules/programs/use-cases/create-program.js';
import { buildServer } from '../src/server/build-server.js';
import { generatePeople } from './generate.js';
import { generateCaseload } from './generate-caseload.js';
import { generateLoanFund } from './generate-loans.js';
import { generateSessions, rollCallMarks } from './generate-sessions.js';
import { generateTimeline } from './generate-timeline.js';
import { type LoadResult, runLoad } from './load.js';
import { runMatchingBench } from './matching.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench';
const peopleCount = Number(process.env.BENCH_PEOPLE ?? 100_000);
const organizationsCount = 40;
const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const loanCount = Number(process.env.BENCH_LOANS ?? 10_000);
const sessionsCount = Number(process.env.BENCH_SESSIONS ?? 5_000);
const concurrency = 16;
// The dashboard aggregates the whole fund on every request: fewer, heavier requests.
const dashboardRequests = Math.min(requests, 300);
const dashboardConcurrency = 4;
const password = 'bench-password-0123';

async function recreateDatabase() {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
}

async function main() {
  console.log(`Preparing ${url} with ${peopleCount.toLocaleString('en')} people…`);
  await recreateDatabase();
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPgPool(url, 20) }) });
  await migrateToLatest(db as never);
  const deps: Deps = {
    db,
    clock: systemClock,
    newId: uuidv7,
    mailer: new OutboxMailer(),
    publicUrl: 'http://127.0.0.1',
    keyRing: parseKeyRingSpec(process.env.ENCRYPTION_KEYS || developmentEncryptionKeys),
  };
  const system = systemContext('bench');

  const loadStarted = performance.now();
  const organizations = [];
  for (let i = 0; i < organizationsCount; i++) {
    const { id } = await createOrganization(deps)(system, {
      name: `Organization ${i + 1}`,
      kind: 'mission_locale',
      country: 'FR',
    });
    const { userId } = await createStaffAccount(deps)(system, {
      email: `counselor${i + 1}@bench.test`,
      displayName: `Counselor ${i + 1}`,
      role: 'counselor',
      organizationId: id,
      password,
    });
    const program = await createProgram(deps)(system, {
      ownerOrganizationId: id,
      code: 'BENCH',
      nameFr: 'Programme',
      nameEn: 'Program',
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    organizations.push({ id, referentUserId: userId, programId: program.id });
  }
  const { sampleNames } = await generatePeople(db, {
    count: peopleCount,
    organizations,
    seed: 42,
    keyRing: deps.keyRing!,
  });
  await sql`ANALYZE`.execute(db);
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  console.log(`Loaded in ${loadSeconds.toFixed(1)} s (${Math.round(peopleCount / loadSeconds)} people/s).`);
  const loansStarted = performance.now();
  const fund = await generateLoanFund(deps, {
    loanCount,
    participatingOrganizationId: organizations[0]!.id,
    password,
    seed: 7,
  });
  const loansSeconds = (performance.now() - loansStarted) / 1000;
  console.log(
    `Loan fund: ${fund.loans.toLocaleString('en')} loans (${fund.activeLoanIds.length} active, ${fund.lateLoans} late, ${fund.repaidLoans} repaid) in ${loansSeconds.toFixed(1)} s.`,
  );

  const sessionsStarted = performance.now();
  const sessions = await generateSessions(deps, {
    seriesCount: sessionsCount,
    organizationId: organizations[0]!.id,
    programId: organizations[0]!.programId,
    password,
    seed: 11,
  });
  const sessionsSeconds = (performance.now() - sessionsStarted) / 1000;
  console.log(
    `Sessions: ${sessions.series.toLocaleString('en')} series, ${sessions.meetings.toLocaleString('en')} meetings, ${sessions.enrolments.toLocaleString('en')} enrolments, ${sessions.marks.toLocaleString('en')} marks in ${sessionsSeconds.toFixed(1)} s.`,
  );

  const timelineStarted = performance.now();
  const timeline = await generateTimeline(db, {
    organizationId: organizations[0]!.id,
    recordedBy: organizations[0]!.referentUserId,
    seed: 13,
  });
  await sql`ANALYZE timeline_events`.execute(db);
  console.log(
    `Timeline: ${timeline.events.toLocaleString('en')} events (${timeline.longPersonIds.length} long files in the first organization) in ${((performance.now() - timelineStarted) / 1000).toFixed(1)} s.`,
  );

  const caseloadStarted = performance.now();
  const caseload = await generateCaseload(deps, {
    organizationId: organizations[0]!.id,
    programId: organizations[0]!.programId,
    password,
    size: 150,
    seed: 17,
  });
  await sql`ANALYZE`.execute(db);
  console.log(
    `Caseload: ${caseload.people} people of one counselor, ${caseload.plans} plans, ${caseload.appointments} appointments, ${caseload.notes} notes in ${((performance.now() - caseloadStarted) / 1000).toFixed(1)} s.`,
  );

  const app = await buildServer({
    deps,
    config: {
      LOG_LEVEL: 'silent',
      SESSION_SECRET: 'bench-secret-bench-secret-bench-secret',
      NODE_ENV: 'test',
      // The bench measures throughput on a few sessions, not the per-session quota (ASVS 2.4.1).
      SESSION_REQUESTS_PER_MINUTE: 1_000_000,
    },
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const login = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'counselor1@bench.test', password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const headers = { cookie };
  const servicerLogin = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: fund.servicerEmail, password }),
  });
  const servicerCookie = (servicerLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
  const servicerSession = await fetch(`${address}/api/auth/session`, { headers: { cookie: servicerCookie } });
  const { csrfToken } = (await servicerSession.json()) as { csrfToken: string };
  const servicerHeaders = {
    cookie: servicerCookie,
    'x-csrf-token': csrfToken,
    'content-type': 'application/json',
  };
  const sessionLogin = async (email: string) => {
    const response = await fetch(`${address}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const sessionCookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
    const session = await fetch(`${address}/api/auth/session`, { headers: { cookie: sessionCookie } });
    const token = ((await session.json()) as { csrfToken: string }).csrfToken;
    return { cookie: sessionCookie, 'x-csrf-token': token, 'content-type': 'application/json' };
  };
  const counselorHeaders = await sessionLogin(sessions.counselorEmail);
  const coordinatorHeaders = { cookie: (await sessionLogin(sessions.coordinatorEmail)).cookie };
  const today = new Date().toISOString().slice(0, 10);
  // A typo in every searched name: one letter doubled.
  const typo = (name: string) => name.replace(/([aeiou])/, '$1$1');
  const program = organizations[0]!.programId;

  const results: LoadResult[] = [];
  results.push(
    await runLoad('bare route GET /api/health', {
      total: requests,
      concurrency,
      request: () => fetch(`${address}/api/health`),
    }),
  );
  results.push(
    await runLoad('caseload page GET /api/people?page=N', {
      total: requests,
      concurrency,
      request: (i) => fetch(`${address}/api/people?page=${(i % 40) + 1}&pageSize=25&sort=name`, { headers }),
    }),
  );
  results.push(
    await runLoad('caseload by program GET /api/people?programId=…', {
      total: requests,
      concurrency,
      request: (i) =>
        fetch(`${address}/api/people?programId=${program}&page=${(i % 20) + 1}&pageSize=25`, { headers }),
    }),
  );
  results.push(
    await runLoad('person search GET /api/people?q=<typo>', {
      total: requests,
      concurrency,
      request: (i) =>
        fetch(`${address}/api/people?q=${encodeURIComponent(typo(sampleNames[i % sampleNames.length]!))}`, {
          headers,
        }),
    }),
  );
  results.push(
    await runLoad('record a payment POST /api/loans/:id/payments', {
      total: requests,
      concurrency,
      request: (i) =>
        fetch(`${address}/api/loans/${fund.activeLoanIds[i % fund.activeLoanIds.length]}/payments`, {
          method: 'POST',
          headers: servicerHeaders,
          body: JSON.stringify({
            idempotencyKey: `bench-payment-${i}`,
            amountCents: 1_000,
            receivedOn: today,
            method: 'check',
          }),
        }),
    }),
  );
  // One coordinator opening the dashboard (its own latency), then four at once (how it shares 2 cores).
  for (const clients of [1, dashboardConcurrency]) {
    results.push(
      await runLoad(`fund dashboard GET …/dashboard ${fund.loans.toLocaleString('en')} loans c=${clients}`, {
        total: clients === 1 ? Math.min(dashboardRequests, 100) : dashboardRequests,
        concurrency: clients,
        request: () =>
          fetch(`${address}/api/loan-funds/${fund.fundId}/dashboard`, {
            headers: { cookie: servicerCookie },
          }),
      }),
    );
  }
  // Each request marks every participant of another past meeting; after one round, a correction.
  results.push(
    await runLoad('roll call of 30 PUT …/meetings/:id/roll-call', {
      total: requests,
      concurrency,
      request: (i) => {
        const meeting = sessions.rollCallMeetings[i % sessions.rollCallMeetings.length]!;
        return fetch(`${address}/api/session-meetings/${meeting.meetingId}/roll-call`, {
          method: 'PUT',
          headers: counselorHeaders,
          body: JSON.stringify({ marks: rollCallMarks(meeting, i) }),
        });
      },
    }),
  );
  for (const clients of [1, dashboardConcurrency]) {
    results.push(
      await runLoad(`session figures GET ${sessions.series.toLocaleString('en')} sessions c=${clients}`, {
        total: clients === 1 ? Math.min(dashboardRequests, 100) : dashboardRequests,
        concurrency: clients,
        request: () =>
          fetch(`${address}/api/session-figures?from=${sessions.from}&to=${sessions.to}`, {
            headers: coordinatorHeaders,
          }),
      }),
    );
  }
  const caseloadHeaders = { cookie: (await sessionLogin(caseload.counselorEmail)).cookie };
  results.push(
    await runLoad('caseload of 150 with alerts, by urgency', {
      total: requests,
      concurrency,
      request: () =>
        fetch(`${address}/api/people?referent=me&alerts=any&sort=urgency&pageSize=25`, {
          headers: caseloadHeaders,
        }),
    }),
  );
  results.push(
    await runLoad('caseload of 150 "mine" by urgency, page N', {
      total: requests,
      concurrency,
      request: (i) =>
        fetch(`${address}/api/people?referent=me&sort=urgency&pageSize=25&page=${(i % 6) + 1}`, {
          headers: caseloadHeaders,
        }),
    }),
  );
  results.push(
    await runLoad('person timeline (50 events) GET …/timeline', {
      total: requests,
      concurrency,
      request: (i) =>
        fetch(
          `${address}/api/people/${timeline.longPersonIds[i % timeline.longPersonIds.length]}/timeline?pageSize=50`,
          { headers },
        ),
    }),
  );
  results.push(...(await runMatchingBench(deps, address, password)));
  await app.close();
  await db.destroy();

  const bare = results[0]!.perSecond;
  console.log(
    `\n${peopleCount.toLocaleString('en')} people in ${organizationsCount} organizations; ${requests} requests per scenario, ${concurrency} concurrent clients\n`,
  );
  console.log(
    'scenario'.padEnd(48),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'errors'.padStart(7),
    'vs bare'.padStart(8),
  );
  for (const r of results) {
    console.log(
      r.name.padEnd(48),
      r.perSecond.toFixed(0).padStart(8),
      r.p50.toFixed(1).padStart(8),
      r.p95.toFixed(1).padStart(8),
      r.p99.toFixed(1).padStart(8),
      String(r.errors).padStart(7),
      `${((r.perSecond / bare) * 100).toFixed(0)}%`.padStart(8),
    );
  }
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(
    file,
    JSON.stringify({ peopleCount, organizationsCount, requests, concurrency, loadSeconds, results }, null, 2),
  );
  console.log(`\nWritten to ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
