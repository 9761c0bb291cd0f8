/**
 * `npx tsx bench/outcomes.ts` (also run by `npm run bench`'s README section): the outcome dashboard
 * of one program, on its own PostgreSQL database (BENCH_DATABASE_URL, default
 * passerelle_bench_outcomes). The scene is written in bulk by SQL (generate_series), not through the
 * use cases: BENCH_OUTCOME_PEOPLE people in the program (default 100,000; 1,000,000 is the issue's
 * national goal), half of them exited a year ago or more with an outcome and their follow-ups, a
 * third with a contract, each with five timeline events. The dashboard is then read through the
 * use case, one client at a time, and its p50 and p95 printed, then where one reading spends its time
 * (the figures' statement; with BENCH_OUTCOME_RECORDS=1 also the former path, every record read and
 * the pure measures, checked to give the same counts). BENCH_OUTCOME_REPORT=1 then runs a funder report
 * of the program (impulseR's steering template, over the same period) and its XLSX, a few times, with
 * the process's peak memory (with BENCH_OUTCOME_RECORDS=1, its sections also computed the former way,
 * every record read and the pure functions, checked equal). BENCH_OUTCOME_KEEP=1 reads the scene
 * already written when it has the same number of people (a million takes long to write). Never a test.
 */
import { isDeepStrictEqual } from 'node:util';
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
import { createEmployer } from '../src/modules/employers/use-cases/create-employer.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { exitsRepository } from '../src/modules/outcomes/adapters/exits-repository.js';
import { programOutcomeFiguresSql } from '../src/modules/outcomes/adapters/figures/program-outcome-figures.js';
import { ruleInForce } from '../src/modules/outcomes/domain/classify-exit.js';
import { programOutcomes } from '../src/modules/outcomes/domain/program-outcomes.js';
import { addExitRuleVersion } from '../src/modules/outcomes/use-cases/exit-rules.js';
import { outcomeRecordsOf } from '../src/modules/outcomes/use-cases/outcome-records.js';
import { programOutcomesFigures } from '../src/modules/outcomes/use-cases/program-outcomes.js';
import { createProgram } from '../src/modules/programs/use-cases/create-program.js';
import { catalogue } from '../src/modules/reports/domain/catalogue.js';
import { runReport } from '../src/modules/reports/domain/run-report.js';
import { reportInputs } from '../src/modules/reports/use-cases/compute-report.js';
import { programReport } from '../src/modules/reports/use-cases/program-report.js';
import { reportAccess, resolveTemplate } from '../src/modules/reports/use-cases/report-access.js';
import { reportFile } from '../src/modules/reports/use-cases/report-file.js';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_outcomes';
const people = Number(process.env.BENCH_OUTCOME_PEOPLE ?? 100_000);
const runs = Number(process.env.BENCH_OUTCOME_RUNS ?? 10);
const keep = process.env.BENCH_OUTCOME_KEEP === '1';

/** The scene a previous run wrote, when it has as many people as asked. */
async function writtenScene() {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT p.id AS "programId", p.organization_id AS "organizationId", u.id AS "userId",
              (SELECT count(*) FROM enrolments e WHERE e.program_id = p.id)::int AS people
       FROM programs p JOIN users u ON u.email = 'coordinator@bench.test' WHERE p.code = 'BENCH'`,
    );
    const scene = rows[0] as
      | { programId: string; organizationId: string; userId: string; people: number }
      | undefined;
    return scene?.people === people ? scene : undefined;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const coordinatorOf = (userId: string, organizationId: string) =>
  ({
    actor: { userId, organizationId, role: 'coordinator', consortiumIds: [], coordinatedConsortiumIds: [] },
    requestId: 'bench',
    locale: 'en',
    ip: null,
  }) as never;

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

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** A new database with the program, its rule and BENCH_OUTCOME_PEOPLE people written in bulk. */
async function writeScene(db: Kysely<Database>, deps: Deps) {
  await migrateToLatest(db as never);
  const system = systemContext('bench');
  const { id: organizationId } = await createOrganization(deps)(system, {
    name: 'Bench organization',
    kind: 'siae',
    country: 'FR',
  });
  const { userId } = await createStaffAccount(deps)(system, {
    email: 'coordinator@bench.test',
    displayName: 'Coordinator',
    role: 'coordinator',
    organizationId,
    password: 'bench-password-0123',
  });
  const coordinator = coordinatorOf(userId, organizationId);
  const { id: programId } = await createProgram(deps)(system, {
    ownerOrganizationId: organizationId,
    code: 'BENCH',
    nameFr: 'Bench',
    nameEn: 'Bench',
    countingUnit: 'person',
    status: 'active',
    rules: [],
  });
  const rule = await addExitRuleVersion(deps)(system, {
    programId,
    effectiveFrom: '2015-01-01',
    positiveOutcomes: ['permanent_contract', 'fixed_term_contract', 'qualifying_training'],
    fixedTermMinimumMonths: 6,
    fixedTermComparison: 'more_than',
    exclusions: ['deceased', 'moved_abroad', 'long_illness'],
    requireQualificationLevel: false,
    requireCredential: false,
    countingUnit: 'person',
    measuredMonthsAfterEntry: 18,
    followUpMonths: [3, 6, 12, 18],
    unreachableAfterAttempts: 3,
  });
  const { id: employerId } = await createEmployer(deps)(
    { ...(coordinator as object), system: false } as never,
    { name: 'Bench employer', country: 'FR' },
  );

  const started = performance.now();
  // The bulk statements of a million people outlast the pool's statement timeout: one connection without it.
  const bulk = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: url, max: 1, statement_timeout: 0 }),
    }),
  });
  console.log(
    `Writing ${people.toLocaleString('en')} people, their enrolments, exits, follow-ups and contracts…`,
  );
  // People, one enrolment each, entered over the last four years.
  await sql`
    INSERT INTO people (id, organization_id, given_name, family_name, sex, birth_date, arrival_date, search_text, created_at, updated_at)
    SELECT gen_random_uuid(), ${organizationId}, 'Person', 'N' || i, (ARRAY['female','male'])[1 + i % 2],
           date '1970-01-01' + (i % 12000)::int, date '2010-01-01' + (i % 5000)::int, 'person n' || i, now(), now()
    FROM generate_series(1, ${people}) AS i`.execute(bulk);
  await sql`
    INSERT INTO enrolments (id, organization_id, program_id, person_id, status, enrolled_on, ended_on,
      intake_source, eligibility_verdict, eligibility_snapshot, created_at)
    SELECT gen_random_uuid(), ${organizationId}, ${programId}, p.id,
           CASE WHEN n % 2 = 0 THEN 'exited' ELSE 'enrolled' END,
           current_date - 1460 + (n % 1000),
           CASE WHEN n % 2 = 0 THEN current_date - 1460 + (n % 1000) + 200 END,
           'walk_in', 'eligible', '{}'::jsonb, now()
    FROM (SELECT id, (row_number() OVER ())::int AS n FROM people) p`.execute(bulk);
  await sql`
    INSERT INTO person_education (id, organization_id, person_id, isced_level, country, field, obtained_abroad, recognition_status, created_at)
    SELECT gen_random_uuid(), ${organizationId}, id, 3 + (n % 5), (ARRAY['SY','AF','UA','ER','CD'])[1 + n % 5],
           '07', true, 'none', now()
    FROM (SELECT id, (row_number() OVER ())::int AS n FROM people) p`.execute(bulk);
  await sql`
    INSERT INTO enrolment_exits (id, organization_id, enrolment_id, program_id, person_id, outcome, exit_on,
      contract_start_on, contract_end_on, evidence_kind, verdict, verdict_reason, rule_version_id, rule_version, recorded_at)
    SELECT gen_random_uuid(), ${organizationId}, e.id, e.program_id, e.person_id,
           (ARRAY['permanent_contract','fixed_term_contract','qualifying_training','job_search','dropped_out','deceased'])[1 + n % 6],
           e.ended_on,
           CASE WHEN n % 6 = 1 THEN e.ended_on END,
           CASE WHEN n % 6 = 1 THEN e.ended_on + (90 + n % 200) END,
           'declaration',
           CASE WHEN n % 6 IN (0, 2) OR (n % 6 = 1 AND 90 + n % 200 > 183) THEN 'positive'
                WHEN n % 6 = 5 THEN 'excluded' ELSE 'not_positive' END,
           'bench', ${rule.id}, 1, now()
    FROM (SELECT *, (row_number() OVER ())::int AS n FROM enrolments WHERE status = 'exited') e`.execute(
    bulk,
  );
  const answer = JSON.stringify({
    employed: true,
    sameEmployer: true,
    contractType: 'permanent',
    hoursPerWeek: 35,
    wageBand: '1500_1999',
    inTraining: false,
    inRegion: null,
    satisfied: 4,
  });
  // Moments that have come: four in five answered, the fifth unreachable; later ones pending.
  await sql`
    INSERT INTO exit_follow_ups (id, organization_id, enrolment_id, program_id, person_id, months, due_on, status,
      answered_on, answered_via, answer, updated_at)
    SELECT gen_random_uuid(), organization_id, enrolment_id, program_id, person_id, m, due_on, status,
           CASE WHEN status = 'answered' THEN due_on END,
           CASE WHEN status = 'answered' THEN 'phone' END,
           CASE WHEN status = 'answered' THEN ${answer}::jsonb END,
           now()
    FROM (
      SELECT x.*, m, (x.exit_on + make_interval(months => m))::date AS due_on,
             CASE WHEN (x.exit_on + make_interval(months => m))::date > current_date THEN 'pending'
                  WHEN (n + m) % 5 = 0 THEN 'unreachable' ELSE 'answered' END AS status
      FROM (SELECT *, (row_number() OVER ())::int AS n FROM enrolment_exits) x, unnest(ARRAY[3, 6, 12, 18]) AS m
      WHERE x.outcome <> 'deceased'
    ) f`.execute(bulk);
  await sql`
    INSERT INTO placements (id, organization_id, person_id, employer_id, country, job_title, isco_code, contract_type,
      working_time, hours_per_week, wage_cents, wage_period, currency, starts_on, planned_end_on,
      qualification_comparison, job_skill_level, person_skill_level, qualification_evidence, created_by, created_at, updated_at)
    SELECT gen_random_uuid(), ${organizationId}, e.person_id, ${employerId}, 'FR', 'Agent', '9112',
           CASE WHEN n % 2 = 0 THEN 'cdi' ELSE 'cdd' END, 'full_time', 35, 1200, 'hour', 'EUR',
           e.enrolled_on + 120, CASE WHEN n % 2 = 0 THEN NULL ELSE e.enrolled_on + 120 + 270 END,
           'below_level', 1, 2, '{}'::jsonb, ${userId}, now(), now()
    FROM (SELECT *, (row_number() OVER ())::int AS n FROM enrolments) e WHERE n % 3 = 0`.execute(bulk);
  await sql`
    INSERT INTO timeline_events (id, organization_id, person_id, occurred_at, all_day, module, kind, resource_type,
      sensitive, data, recorded_at)
    SELECT gen_random_uuid(), ${organizationId}, p.id, now() - make_interval(days => k * 30), false, 'bench',
           'bench.event', 'bench', false, '{}'::jsonb, now()
    FROM people p, generate_series(1, 5) AS k`.execute(bulk);
  await sql`ANALYZE`.execute(bulk);
  await bulk.destroy();
  console.log(`Scene written in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return { programId, organizationId, userId };
}

async function main() {
  const kept = keep ? await writtenScene() : undefined;
  if (!kept) await recreate();
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
  if (kept) console.log(`Reading the scene already written (${people.toLocaleString('en')} people).`);
  const { programId, organizationId, userId } = kept ?? (await writeScene(db, deps));
  const coordinator = coordinatorOf(userId, organizationId);

  const from = new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10);
  const to = new Date().toISOString().slice(0, 10);
  const durations: number[] = [];
  let last: Awaited<ReturnType<ReturnType<typeof programOutcomesFigures>>> | undefined;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    last = await programOutcomesFigures(deps)(coordinator, { programId, from, to });
    // The first run warms the caches and is not counted.
    if (i > 0) durations.push(performance.now() - t0);
  }
  durations.sort((a, b) => a - b);
  console.log(
    `Outcome dashboard, ${people.toLocaleString('en')} people in the program, one client, ${runs} runs: ` +
      `p50 ${percentile(durations, 50).toFixed(0)} ms, p95 ${percentile(durations, 95).toFixed(0)} ms ` +
      `(positive exits ${last?.measures.positive_exit_rate.numerator} / ${last?.measures.positive_exit_rate.denominator})`,
  );
  // Where one reading spends its time: the statement the database counts with (in a transaction, as
  // in the use case, so that its settings apply), then — with BENCH_OUTCOME_RECORDS=1, slow at a
  // million — the former path (every record read, the pure measures), which must give the same figures.
  const rule = ruleInForce(await exitsRepository(db).ruleVersions(programId), to);
  const query = {
    programId,
    organizationIds: [organizationId],
    period: { from, to },
    asOf: to,
    unit: rule?.rule.countingUnit ?? ('person' as const),
    monthsAfterEntry: rule?.rule.measuredMonthsAfterEntry ?? null,
    followUpMonths: rule?.rule.followUpMonths ?? [3, 6, 12, 18],
  };
  const t0 = performance.now();
  const counted = await db.transaction().execute((trx) => programOutcomeFiguresSql(trx, query));
  const t1 = performance.now();
  console.log(`One reading: the figures' statement ${(t1 - t0).toFixed(0)} ms`);
  if (process.env.BENCH_OUTCOME_RECORDS === '1') {
    const { records } = await outcomeRecordsOf(db, programId, [organizationId], to);
    const t2 = performance.now();
    const pure = programOutcomes(records, rule, { from, to }, to, 'person');
    const t3 = performance.now();
    const same = Object.entries(pure.measures).every(([code, m]) => {
      const c = counted.measures[code as keyof typeof counted.measures];
      return c.numerator === m.numerator && c.denominator === m.denominator && c.excluded === m.excluded;
    });
    console.log(
      `Former path: records ${(t2 - t1).toFixed(0)} ms (${records.length.toLocaleString('en')} enrolments), ` +
        `measures ${(t3 - t2).toFixed(0)} ms; same counts: ${same}`,
    );
  }
  if (process.env.BENCH_OUTCOME_REPORT === '1') {
    const reportRuns = Number(process.env.BENCH_REPORT_RUNS ?? 3);
    const times: number[] = [];
    const fileTimes: number[] = [];
    for (let i = 0; i < reportRuns; i++) {
      const r0 = performance.now();
      await programReport(deps)(coordinator, { programId, template: 'impulser_steering', from, to });
      const r1 = performance.now();
      await reportFile(deps)(coordinator, {
        programId,
        template: 'impulser_steering',
        from,
        to,
        format: 'xlsx',
      });
      times.push(r1 - r0);
      fileTimes.push(performance.now() - r1);
    }
    times.sort((a, b) => a - b);
    fileTimes.sort((a, b) => a - b);
    if (process.env.BENCH_OUTCOME_RECORDS === '1') {
      // The report's sections computed both ways in one transaction: the former path (every record
      // read, the pure functions) and the statements the report now runs; they must be equal.
      await db.transaction().execute(async (trx) => {
        const access = await reportAccess(trx, coordinator, programId, new Date());
        const template = await resolveTemplate(trx, access, 'impulser_steering');
        const s0 = performance.now();
        const read = await reportInputs(trx, deps.keyRing, access, template, { from, to });
        const former = runReport(
          template.definition,
          { records: read.records, fund: null, context: read.context },
          catalogue,
          'staff',
        );
        const s1 = performance.now();
        const counted = await reportInputs(trx, deps.keyRing, access, template, { from, to }, true);
        const now = runReport(
          template.definition,
          {
            records: counted.records,
            fund: null,
            context: counted.context,
            ...(counted.counted && { counted: counted.counted }),
          },
          catalogue,
          'staff',
        );
        const s2 = performance.now();
        console.log(
          `Report sections, one reading: former path ${(s1 - s0).toFixed(0)} ms (${read.records.length.toLocaleString('en')} records), ` +
            `counted by the database ${(s2 - s1).toFixed(0)} ms (${counted.records.length} records read); ` +
            `same sections: ${isDeepStrictEqual(former, now)}`,
        );
      });
    }
    console.log(
      `Funder report (impulser_steering), ${people.toLocaleString('en')} people, ${reportRuns} runs: ` +
        `p50 ${percentile(times, 50).toFixed(0)} ms, max ${times.at(-1)?.toFixed(0)} ms; its XLSX p50 ` +
        `${percentile(fileTimes, 50).toFixed(0)} ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );
  }
  await db.destroy();
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
