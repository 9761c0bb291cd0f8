import { sql } from 'kysely';
import { systemContext } from '../src/core/auth/actor.js';
import type { Db } from '../src/core/db/types.js';
import type { Deps } from '../src/core/use-case.js';
import { origins } from '../src/demo/names.js';
import { createStaffAccount } from '../src/modules/accounts/use-cases/create-staff-account.js';
import { createConsortium } from '../src/modules/organizations/use-cases/create-consortium.js';
import { createOrganization } from '../src/modules/organizations/use-cases/create-organization.js';
import { sealPersonStatus } from '../src/modules/people/adapters/sealed-fields.js';
import { createProgram } from '../src/modules/programs/use-cases/create-program.js';
import '../src/core/timeline/tables.js';

/**
 * The bench's data set built on the server, set-based: organizations, consortia, their programs and
 * staff go through the use cases (a few hundred calls); people, enrolments and timeline events are
 * `INSERT … SELECT generate_series(…)` statements whose "random" choices are hashes of the row number
 * (the same data set on every build). Names come from the demo's lists, in both scripts; one surname
 * in twenty is the same, for the search's worst case.
 */

export interface BulkScene {
  organizations: { id: string; programId: string }[];
  consortia: { id: string; programId: string; coordinatingOrganizationId: string }[];
  /** Counselor of the first organization: referent of one person in ten there; records the events. */
  counselorEmail: string;
  counselorUserId: string;
  /** The surname one person in twenty has. */
  commonFamilyName: string;
}

/** A number in [0, m) drawn from `key` (deterministic, spread by PostgreSQL's integer hash). */
const h = (key: string, m: number | string) => `((hashint8((${key})::bigint)::bigint + 2147483648) % (${m}))`;

export async function generateOrganizations(
  deps: Deps,
  options: { organizations: number; consortia: number; password: string },
): Promise<BulkScene> {
  const system = systemContext('bench');
  const organizationIds: string[] = [];
  for (let i = 0; i < options.organizations; i++) {
    const { id } = await createOrganization(deps)(system, {
      name: `Organization ${i + 1}`,
      kind: 'mission_locale',
      country: 'FR',
    });
    organizationIds.push(id);
  }
  const counselorEmail = 'counselor1@bench.test';
  const { userId: counselorUserId } = await createStaffAccount(deps)(system, {
    email: counselorEmail,
    displayName: 'Counselor 1',
    role: 'counselor',
    organizationId: organizationIds[0]!,
    password: options.password,
  });
  // Consortia of consecutive organizations; each runs one program, steered by its first member.
  const perConsortium = Math.ceil(options.organizations / options.consortia);
  const consortia: BulkScene['consortia'] = [];
  const organizations: BulkScene['organizations'] = [];
  for (let c = 0; c < options.consortia; c++) {
    const members = organizationIds.slice(c * perConsortium, (c + 1) * perConsortium);
    if (members.length === 0) break;
    const coordinatingOrganizationId = members[0]!;
    const { id } = await createConsortium(deps)(system, {
      name: `Consortium ${c + 1}`,
      coordinatingOrganizationId,
      memberOrganizationIds: members,
    });
    const program = await createProgram(deps)(system, {
      ownerOrganizationId: coordinatingOrganizationId,
      consortiumId: id,
      code: 'BENCH',
      nameFr: `Programme ${c + 1}`,
      nameEn: `Program ${c + 1}`,
      countingUnit: 'person',
      status: 'active',
      rules: [],
    });
    consortia.push({ id, programId: program.id, coordinatingOrganizationId });
    for (const organizationId of members) organizations.push({ id: organizationId, programId: program.id });
  }
  const countries = Object.values(origins);
  return {
    organizations,
    consortia,
    counselorEmail,
    counselorUserId,
    commonFamilyName: countries[0]!.family[0]!.latin,
  };
}

/** Name lists, organizations and the id function the set-based statements read. */
async function prepareTables(db: Db, scene: BulkScene) {
  await sql`
    CREATE OR REPLACE FUNCTION bench_uuid(ms bigint, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
      SELECT (lpad(to_hex(ms), 12, '0') || '7' || substr(md5(n::text), 1, 3) || '8'
        || substr(md5(n::text), 4, 15))::uuid
    $$
  `.execute(db);
  await sql`DROP TABLE IF EXISTS bench_orgs, bench_countries, bench_given, bench_family, bench_people`.execute(
    db,
  );
  await sql`CREATE TABLE bench_orgs (idx int PRIMARY KEY, id uuid, program_id uuid)`.execute(db);
  await sql`
    INSERT INTO bench_orgs
    SELECT o.ordinality - 1, (o.value ->> 'id')::uuid, (o.value ->> 'programId')::uuid
    FROM jsonb_array_elements(${JSON.stringify(scene.organizations)}::jsonb) WITH ORDINALITY o
  `.execute(db);
  const countries = Object.values(origins);
  const given: [number, number, number, string, string | null][] = [];
  const family: [number, number, string, string | null][] = [];
  countries.forEach((origin, c) => {
    const original = (p: { latin: string; original: string }) => (p.original === p.latin ? null : p.original);
    for (const [i, p] of origin.female.entries()) given.push([c, 0, i, p.latin, original(p)]);
    for (const [i, p] of origin.male.entries()) given.push([c, 1, i, p.latin, original(p)]);
    for (const [i, p] of origin.family.entries()) family.push([c, i, p.latin, original(p)]);
  });
  await sql`
    CREATE TABLE bench_countries AS
    SELECT (c.ordinality - 1)::int AS idx, c.value ->> 'country' AS code, c.value ->> 'language' AS language,
      (c.value ->> 'female')::int AS n_female, (c.value ->> 'male')::int AS n_male,
      (c.value ->> 'family')::int AS n_family
    FROM jsonb_array_elements(${JSON.stringify(
      countries.map((o) => ({
        country: o.country,
        language: o.languages[0] ?? null,
        female: o.female.length,
        male: o.male.length,
        family: o.family.length,
      })),
    )}::jsonb) WITH ORDINALITY c
  `.execute(db);
  await sql`
    CREATE TABLE bench_given AS
    SELECT (g.value ->> 0)::int AS country_idx, (g.value ->> 1)::int AS sex, (g.value ->> 2)::int AS idx,
      g.value ->> 3 AS latin, g.value ->> 4 AS original
    FROM jsonb_array_elements(${JSON.stringify(given)}::jsonb) g
  `.execute(db);
  await sql`
    CREATE TABLE bench_family AS
    SELECT (f.value ->> 0)::int AS country_idx, (f.value ->> 1)::int AS idx, f.value ->> 2 AS latin,
      f.value ->> 3 AS original
    FROM jsonb_array_elements(${JSON.stringify(family)}::jsonb) f
  `.execute(db);
}

const batchOf = 100_000;

/** People spread over the organizations in turn, six in ten enrolled in their consortium's program. */
export async function generateBulkPeople(
  deps: Deps,
  scene: BulkScene,
  options: { count: number; log: (line: string) => void },
): Promise<void> {
  const db = deps.db;
  await prepareTables(db, scene);
  const orgCount = scene.organizations.length;
  const nowMs = Date.now();
  await sql`
    CREATE TABLE bench_people (n int PRIMARY KEY, id uuid NOT NULL, organization_id uuid NOT NULL,
      program_id uuid NOT NULL, org_idx int NOT NULL)
  `.execute(db);
  for (let from = 1; from <= options.count; from += batchOf) {
    const to = Math.min(options.count, from + batchOf - 1);
    const started = performance.now();
    await db.transaction().execute(async (trx) => {
      // The server's pool stops statements after 30 s; a bulk insert may take longer.
      await sql`SET LOCAL statement_timeout = 0`.execute(trx);
      await sql`
        INSERT INTO bench_people
        SELECT n, bench_uuid(${nowMs - options.count}::bigint + n, n), o.id, o.program_id, o.idx
        FROM generate_series(${from}::int, ${to}::int) n
        JOIN bench_orgs o ON o.idx = (n - 1) % ${orgCount}
      `.execute(trx);
      await sql
        .raw(`
        INSERT INTO people (id, organization_id, given_name, family_name, given_name_original,
          family_name_original, birth_date, nationality, preferred_language, referent_user_id, search_text,
          created_at, updated_at)
        SELECT p.id, p.organization_id, g.latin, f.latin, g.original, f.original,
          make_date(1965 + ${h('p.n * 16 + 6', 43)}::int, 1 + ${h('p.n * 16 + 7', 12)}::int,
            1 + ${h('p.n * 16 + 8', 28)}::int),
          c.code, c.language,
          CASE WHEN p.org_idx = 0 AND ${h('p.n * 16 + 9', 10)} = 0 THEN '${scene.counselorUserId}'::uuid END,
          f_search_text(concat_ws(' ', g.latin, f.latin, g.original, f.original)),
          now(), now()
        FROM bench_people p
        CROSS JOIN LATERAL (SELECT ${h('p.n * 16 + 1', '(SELECT count(*) FROM bench_countries)')}::int AS c,
          ${h('p.n * 16 + 2', 2)}::int AS sex, ${h('p.n * 16 + 3', 20)} = 0 AS common) d
        JOIN bench_countries c ON c.idx = d.c
        JOIN bench_given g ON g.country_idx = d.c AND g.sex = d.sex
          AND g.idx = ${h('p.n * 16 + 4', 'CASE d.sex WHEN 0 THEN c.n_female ELSE c.n_male END')}
        JOIN bench_family f ON f.country_idx = CASE WHEN d.common THEN 0 ELSE d.c END
          AND f.idx = CASE WHEN d.common THEN 0 ELSE ${h('p.n * 16 + 5', 'c.n_family')} END
        WHERE p.n BETWEEN ${from} AND ${to}
      `)
        .execute(trx);
      await sql
        .raw(`
        INSERT INTO enrolments (id, organization_id, program_id, person_id, household_key, status,
          enrolled_on, intake_source, eligibility_verdict, eligibility_snapshot, created_at)
        SELECT bench_uuid(${nowMs}::bigint, p.n::bigint + 1000000000000), p.organization_id, p.program_id, p.id,
          p.id::text, 'enrolled', current_date - ${h('p.n * 16 + 11', 730)}::int, 'walk_in', 'eligible',
          '{"generated": true}'::jsonb, now()
        FROM bench_people p
        WHERE p.n BETWEEN ${from} AND ${to} AND ${h('p.n * 16 + 10', 10)} < 6
      `)
        .execute(trx);
    });
    options.log(
      `  people ${to.toLocaleString('en')} / ${options.count.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  // Statuses are sealed to their person (ADR 10): a ciphertext cannot be shared, so the first
  // organization's people (those the scenarios read) get theirs sealed here; others have none known.
  const statuses = ['refugee', 'asylum_seeker', 'permanent_resident', 'work_permit'];
  const first = await sql<{ id: string }>`
    SELECT id FROM bench_people WHERE org_idx = 0 ORDER BY n
  `.execute(db);
  for (let i = 0; i < first.rows.length; i += 1000) {
    const ids = first.rows.slice(i, i + 1000).map((r) => r.id);
    const sealed = ids.map(
      (id, k) =>
        sealPersonStatus(deps.keyRing, id, {
          immigrationStatus: statuses[(i + k) % statuses.length]!,
          statusDate: null,
          asylumApplicationDate: null,
        })!,
    );
    await sql`
      UPDATE people SET sealed_status = s.sealed
      FROM unnest(${ids}::uuid[], ${sealed}::text[]) AS s(id, sealed) WHERE people.id = s.id
    `.execute(db);
  }
  // Each consortium program's targets for this year: one per member organization, and the total.
  await sql`
    INSERT INTO program_targets (id, program_id, organization_id, member_organization_id, period_start,
      period_end, target_count, unit)
    SELECT gen_random_uuid(), o.program_id, c.owner, m.member, date_trunc('year', current_date)::date,
      (date_trunc('year', current_date) + interval '1 year - 1 day')::date, 300, 'person'
    FROM (SELECT DISTINCT program_id FROM bench_orgs) o
    JOIN LATERAL (SELECT organization_id AS owner FROM programs WHERE id = o.program_id) c ON true
    CROSS JOIN LATERAL (SELECT id AS member FROM bench_orgs WHERE program_id = o.program_id
      UNION ALL SELECT NULL) m
  `.execute(db);
}

/** What a file's story is made of: cumulative weights over 100 (the first event is the registration). */
const kinds: [number, number, string, string, string, boolean][] = [
  [-1, 0, 'people', 'person.registered', 'person', false],
  [0, 30, 'follow-up', 'appointment.held', 'appointment', false],
  [30, 45, 'follow-up', 'note.written', 'note', false],
  [45, 55, 'plans', 'plan.goal_added', 'plan_goal', false],
  [55, 65, 'plans', 'plan.step_done', 'plan_step', false],
  [65, 80, 'sessions', 'session.attended', 'session_series', false],
  [80, 88, 'documents', 'document.added', 'document', false],
  [88, 91, 'people', 'consent.given', 'consent', true],
  [91, 93, 'people', 'person.status_changed', 'person', false],
  [93, 97, 'programs', 'enrolment.started', 'enrolment', true],
  [97, 100, 'loan-fund', 'loan.disbursed', 'loan', true],
];

/**
 * Every person's timeline, about `perPerson` events on average over up to two years: one file in fifty
 * is a long accompaniment of 50 to 150 events, the others have 2 to 2 × (perPerson − 1) − 2.
 */
export async function generateBulkTimeline(
  db: Db,
  scene: BulkScene,
  options: { people: number; perPerson: number; log: (line: string) => void },
): Promise<number> {
  await sql`DROP TABLE IF EXISTS bench_kinds`.execute(db);
  await sql`
    CREATE TABLE bench_kinds AS
    SELECT (k.value ->> 0)::int AS lo, (k.value ->> 1)::int AS hi, k.value ->> 2 AS module,
      k.value ->> 3 AS kind, k.value ->> 4 AS resource_type, (k.value ->> 5)::boolean AS all_day
    FROM jsonb_array_elements(${JSON.stringify(kinds)}::jsonb) k
  `.execute(db);
  // Short files average (2 + max) / 2; with 2 % of files averaging 100, the mean is `perPerson`.
  const shortMax = Math.max(2, Math.round(2 * ((options.perPerson - 2) / 0.98) - 2));
  const step = Math.max(10_000, Math.floor(1_000_000 / options.perPerson));
  let events = 0;
  for (let from = 1; from <= options.people; from += step) {
    const to = Math.min(options.people, from + step - 1);
    const started = performance.now();
    const result = await db.transaction().execute(async (trx) => {
      await sql`SET LOCAL statement_timeout = 0`.execute(trx);
      return sql
        .raw(`
      INSERT INTO timeline_events (id, organization_id, person_id, occurred_at, all_day, module, kind,
        resource_type, resource_id, sensitive, restricted_to, data, recorded_by, recorded_at)
      SELECT bench_uuid((extract(epoch FROM e.at) * 1000)::bigint, p.n::bigint * 256 + k),
        p.organization_id, p.id,
        CASE WHEN bk.all_day THEN date_trunc('day', e.at, 'UTC') + interval '12 hours' ELSE e.at END,
        bk.all_day, bk.module, bk.kind, bk.resource_type,
        CASE WHEN bk.resource_type = 'person' THEN p.id
          ELSE bench_uuid((extract(epoch FROM e.at) * 1000)::bigint, p.n::bigint * 256 + k + 500000000000) END,
        bk.kind = 'person.status_changed',
        CASE WHEN bk.kind = 'note.written' AND ${h('p.n::bigint * 256 + k + 3000000000', 5)} = 0
          THEN jsonb_build_array('${scene.counselorUserId}') END,
        CASE WHEN bk.kind = 'plan.goal_added' THEN '{"title": "Obtenir le niveau B1"}'::jsonb ELSE '{}'::jsonb END,
        '${scene.counselorUserId}'::uuid, now()
      FROM bench_people p
      CROSS JOIN LATERAL (SELECT now() - interval '730 days'
          * (0.2 + 0.8 * ${h('p.n * 16 + 12', 1000000)} / 1000000.0) AS start,
        CASE WHEN ${h('p.n * 16 + 13', 50)} = 0 THEN 50 + ${h('p.n * 16 + 14', 101)}
          ELSE 2 + ${h('p.n * 16 + 14', shortMax - 1)} END AS count) s
      CROSS JOIN LATERAL generate_series(1, s.count::int) k
      CROSS JOIN LATERAL (SELECT CASE WHEN k = 1 THEN -1 ELSE ${h('p.n::bigint * 256 + k', 100)}::int END AS w,
        CASE WHEN k = 1 THEN s.start
          ELSE s.start + (now() - s.start) * (${h('p.n::bigint * 256 + k + 1000000000', 1000000)} / 1000000.0)
        END AS at) e
      JOIN bench_kinds bk ON e.w >= bk.lo AND e.w < bk.hi
      WHERE p.n BETWEEN ${from} AND ${to}
    `)
        .execute(trx);
    });
    events += Number(result.numAffectedRows ?? 0);
    options.log(
      `  timeline: people ${to.toLocaleString('en')} / ${options.people.toLocaleString('en')}, ${events.toLocaleString('en')} events (${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  return events;
}

/** The work tables of the set-based statements, once the data set is built. */
export async function dropBulkTables(db: Db) {
  await sql`DROP TABLE IF EXISTS bench_orgs, bench_countries, bench_given, bench_family, bench_people, bench_kinds`.execute(
    db,
  );
}
