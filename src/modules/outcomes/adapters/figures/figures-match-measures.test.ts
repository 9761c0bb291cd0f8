import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../../test/support/outcome-program.js';
import { testDeps } from '../../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database.js';
import { fixedClock } from '../../../../core/clock.js';
import { uuidv7 } from '../../../../core/ids.js';
import { createEmployer } from '../../../employers/use-cases/create-employer.js';
import { countsOfEach } from '../../domain/measure.js';
import { programOutcomes } from '../../domain/program-outcomes.js';
import type { RuleVersion } from '../../domain/rule.js';
import { defaultFollowUpMonths, type ExitOutcome } from '../../domain/vocabulary.js';
import { outcomeRecordsOf } from '../../use-cases/outcome-records.js';
import {
  queryArb,
  type Scene,
  type SceneContext,
  sceneArb,
  sceneMerges,
  writeScene,
} from './figures-scene.js';
import { type FiguresQuery, programOutcomeFiguresSql } from './program-outcome-figures.js';

/**
 * The figures the database counts must be the pure measures' figures (`programOutcomes` over
 * `outcomeRecordsOf`) on the same data: random program scenes — households, two member organizations,
 * exits of every outcome with verdicts and rule versions, follow-ups in every status, contracts with
 * renewals, early ends and wages, education and occupations for skill levels, merges of two files
 * (in force or undone), and dates on month ends, 29 February and quarter bounds — asked over random
 * periods, days and rules.
 */
let database: TestDatabase;
let programId: string;
let organizations: [string, string];
let userId: string;
let employerId: string;
const ruleVersionIds: Record<number, string> = {};
let pathway: { id: string; versionId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, fixedClock('2026-06-01T09:00:00Z'));
  const a = await givenOrganization(database.db, { name: 'PLIE des Graves' });
  const b = await givenOrganization(database.db, { name: 'Mission locale Garonne' });
  organizations = [a.id, b.id];
  const staff = await givenStaff(database.db, a.id, 'counselor');
  userId = staff.actor.userId;
  employerId = (await createEmployer(deps)(staff, { name: 'La Table Ouverte', country: 'FR' })).id;
  programId = await givenOutcomeProgram(deps, a.id, {
    code: 'ORACLE',
    nameFr: 'Parcours',
    nameEn: 'Pathway',
  });
  // A recognition pathway (the recognition module's tables, written as the scene is: in bulk) that
  // the scenes' people follow, so that its cases' training and credentials are counted both ways.
  pathway = { id: uuidv7(), versionId: uuidv7() };
  await sql`INSERT INTO recognition_pathways (id, organization_id, occupation_scheme, occupation_code, jurisdiction,
      regulated, illustrative, shared_with_consortium, created_at, updated_at)
    VALUES (${pathway.id}, ${a.id}, 'rome', 'J1506', 'FR', true, true, true, now(), now())`.execute(
    database.db,
  );
  await sql`INSERT INTO recognition_pathway_versions (id, organization_id, pathway_id, number, effective_on, created_at)
    VALUES (${pathway.versionId}, ${a.id}, ${pathway.id}, 1, '2000-01-01', now())`.execute(database.db);
  for (const version of [1, 2]) {
    ruleVersionIds[version] = uuidv7();
    await sql`INSERT INTO exit_rule_versions (id, organization_id, program_id, version, effective_from, rule, created_by, created_at)
      VALUES (${ruleVersionIds[version]}, ${a.id}, ${programId}, ${version}, ${`202${version}-01-01`}, '{}'::jsonb, ${userId}, now())`.execute(
      database.db,
    );
  }
}, 120_000);

afterAll(async () => {
  await database?.close();
});

const sceneContext = (): SceneContext => ({
  db: database.db,
  programId,
  organizations,
  userId,
  employerId,
  ruleVersionIds,
});

/**
 * Recognition cases of the scene's people: each starts some days from its person's first entry, may
 * end (recognised with a credential obtained some days from its start, refused, or closed without a
 * result) or still run.
 */
const recognitionArb = fc.array(
  fc.record({
    person: fc.nat(11),
    startShift: fc.integer({ min: -400, max: 700 }),
    end: fc.option(
      fc.record({
        afterDays: fc.integer({ min: 0, max: 500 }),
        how: fc.constantFrom('recognised', 'partial', 'refused', 'closed'),
        credentialShift: fc.integer({ min: -20, max: 800 }),
        kind: fc.constantFrom('licence', 'certification', 'degree'),
      }),
    ),
  }),
  { maxLength: 6 },
);
type Recognitions = typeof recognitionArb extends fc.Arbitrary<infer T> ? T : never;
// Drawn apart from the scenes (their own seed), so that the scenes stay those the seed always gave.
const recognitionRuns = fc.sample(recognitionArb, { seed: 1818, numRuns: 500 });
let recognitionRun = 0;
// Merges of two files of one organization, in force or undone, drawn apart as well.
const mergeRuns = sceneMerges(1919, 500);
let mergeRun = 0;

const shiftDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function clearRecognitions() {
  await sql`DELETE FROM recognition_case_steps`.execute(database.db);
  await sql`DELETE FROM recognition_cases`.execute(database.db);
}

async function writeRecognitions(cases: Recognitions) {
  const people = (
    await sql<{ person_id: string; organization_id: string; first: string }>`
      SELECT person_id, organization_id, to_char(min(enrolled_on), 'YYYY-MM-DD') AS first
      FROM enrolments GROUP BY person_id, organization_id ORDER BY person_id`.execute(database.db)
  ).rows;
  if (people.length === 0) return;
  for (const c of cases) {
    const person = people[c.person % people.length]!;
    const startedOn = shiftDays(person.first, c.startShift);
    const endedOn = c.end ? shiftDays(startedOn, c.end.afterDays) : null;
    const how = c.end?.how;
    const credential = how === 'recognised' || how === 'partial';
    await sql`INSERT INTO recognition_cases (id, organization_id, person_id, pathway_id, pathway_organization_id,
        version_id, started_on, result, decided_on, credential_kind, credential_obtained_on, closed_on, closing_reason,
        created_at, updated_at)
      VALUES (${uuidv7()}, ${person.organization_id}, ${person.person_id}, ${pathway.id}, ${organizations[0]},
        ${pathway.versionId}, ${startedOn}, ${how && how !== 'closed' ? how : null},
        ${how && how !== 'closed' ? endedOn : null}, ${credential ? c.end!.kind : null},
        ${credential ? shiftDays(startedOn, c.end!.credentialShift) : null},
        ${how === 'closed' ? endedOn : null}, ${how === 'closed' ? 'other' : null}, now(), now())`.execute(
      database.db,
    );
  }
}

/** Both ways to the figures, in the shape the use case returns (members left out, member rows by id). */
async function bothWays(q: typeof queryArb extends fc.Arbitrary<infer T> ? T : never) {
  const organizationIds = q.bothOrganizations ? organizations : [organizations[0]];
  const rule: RuleVersion = {
    id: 'rule',
    version: 1,
    effectiveFrom: '2000-01-01',
    rule: {
      positiveOutcomes: [],
      fixedTermMinimumMonths: null,
      fixedTermComparison: 'at_least',
      exclusions: [],
      requireQualificationLevel: false,
      requireCredential: false,
      requireEmployedInField: false,
      countingUnit: q.unit,
      measuredMonthsAfterEntry: q.months,
      followUpMonths: [...q.followUpMonths],
      unreachableAfterAttempts: 3,
    },
  };
  const period = { from: q.from, to: q.to };
  const { records } = await outcomeRecordsOf(database.db, programId, organizationIds, q.to);
  const pure = programOutcomes(records, rule, period, q.asOf, 'person');
  const query: FiguresQuery = {
    programId,
    organizationIds,
    period,
    asOf: q.asOf,
    unit: q.unit,
    monthsAfterEntry: q.months,
    followUpMonths: q.followUpMonths,
  };
  const counted = await programOutcomeFiguresSql(database.db, query);
  const byId = <T extends { organizationId: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (a.organizationId < b.organizationId ? -1 : 1));
  const expected = {
    unit: pure.unit,
    ruleVersionsUsed: pure.ruleVersionsUsed,
    exitsByOutcome: pure.exitsByOutcome,
    measures: countsOfEach(pure.measures),
    medianQuarterlyEarningsCents: pure.medianQuarterlyEarningsCents,
    timeToFirstJob: pure.timeToFirstJob,
    followUps: pure.followUps.map(({ members: _, notYetDue: __, sameEmployerShare: ___, ...f }) => f),
    byOrganization: byId(pure.byOrganization),
  };
  return { expected, actual: { ...counted, byOrganization: byId(counted.byOrganization) }, records };
}

const reached: Record<
  string,
  { numerator: number; denominator: number; excluded: number; unreachable: number }
> = {};
const reachedOther = { earnings: false, medianDays: false, answered: false, pending: false, members: false };
function seen(figures: Awaited<ReturnType<typeof programOutcomeFiguresSql>>) {
  for (const [code, m] of Object.entries(figures.measures)) {
    const r = reached[code] ?? { numerator: 0, denominator: 0, excluded: 0, unreachable: 0 };
    reached[code] = r;
    r.numerator += m.numerator;
    r.denominator += m.denominator;
    r.excluded += m.excluded;
    r.unreachable += m.unreachable;
  }
  const other = reachedOther;
  other.earnings ||= figures.medianQuarterlyEarningsCents !== null;
  other.medianDays ||= figures.timeToFirstJob.medianDays !== null;
  other.answered ||= figures.followUps.some((f) => f.answered > 0 && f.unreachable > 0);
  other.pending ||= figures.followUps.some((f) => f.pending > 0);
  other.members ||=
    figures.byOrganization.length === 2 && figures.byOrganization.every((m) => m.positive > 0);
}

describe('the figures the database counts', () => {
  it('are the pure measures’ figures on random scenes, periods, days and rules', async () => {
    await fc.assert(
      fc.asyncProperty(
        sceneArb,
        fc.array(queryArb, { minLength: 3, maxLength: 3 }),
        async (scene, queries) => {
          await clearRecognitions();
          await writeScene(sceneContext(), scene, mergeRuns[mergeRun++ % mergeRuns.length]);
          await writeRecognitions(recognitionRuns[recognitionRun++ % recognitionRuns.length]!);
          for (const q of queries) {
            const { expected, actual } = await bothWays(q);
            expect(actual).toEqual(expected);
            seen(actual);
          }
        },
      ),
      // A fixed seed whose scenes reach every count of every measure (checked below); FIGURES_SEED tries
      // another. Seed 1313 stopped reaching retention in the region at 12 months once scenes drew linked files.
      {
        seed: Number(process.env.FIGURES_SEED ?? 2026),
        numRuns: Number(process.env.FIGURES_RUNS ?? 100),
        endOnFailure: true,
      },
    );
    if (process.env.FIGURES_REACHED) console.log(reached, reachedOther);
    // The scenes reached every count of every measure: agreeing on zeros would prove nothing.
    for (const [code, m] of Object.entries(reached)) {
      expect(m.numerator, code).toBeGreaterThan(0);
      expect(m.denominator - m.numerator, code).toBeGreaterThan(0);
      if (code !== 'underemployment' && code !== 'credential_attainment')
        expect(m.unreachable, code).toBeGreaterThan(0);
      if (code !== 'underemployment') expect(m.excluded, code).toBeGreaterThan(0);
    }
    expect(reachedOther).toEqual({
      earnings: true,
      medianDays: true,
      answered: true,
      pending: true,
      members: true,
    });
  }, 300_000);
});

type Person = Scene[number];
const person = (over: {
  exitOn: string;
  outcome?: ExitOutcome;
  verdict?: 'positive' | 'not_positive';
  enrolledOn?: string;
  contracts?: Partial<Person['contracts'][number]>[];
  /** A named credential obtained this many days after the year following exit ends (0: its last day). */
  credentialAfterYear?: 0 | 1;
}): Person => ({
  household: null,
  linkedAs: null,
  organization: 0,
  enrolments: [
    {
      enrolledOn: over.enrolledOn ?? '2023-06-01',
      status: 'exited',
      exit: {
        outcome: over.outcome ?? 'job_search',
        after: 0,
        onEdge: over.exitOn,
        verdict: over.verdict ?? 'not_positive',
        ruleVersion: 1,
        region: null,
        credential:
          over.credentialAfterYear === undefined
            ? null
            : { named: true, shift: 0, yearAfterExit: over.credentialAfterYear },
        evidenceKind: 'declaration',
        corrected: false,
        followUps: [],
      },
    },
  ],
  contracts: (over.contracts ?? []).map((c) => ({
    startsOn: '2024-01-10',
    length: null,
    endsOnQuarterEnd: null,
    tiedToExit: null,
    renewal: null,
    earlyEnd: null,
    contractType: 'cdi',
    wage: { cents: 300_000, period: 'month', hours: null },
    jobSkillLevel: null,
    personSkillLevel: null,
    ...c,
  })),
  education: [],
  experience: [],
});
const ask = (over: Partial<Parameters<typeof bothWays>[0]>) =>
  bothWays({
    from: '2024-01-01',
    length: 0,
    asOfShift: 0,
    to: '2024-12-31',
    asOf: '2025-12-31',
    unit: 'person',
    months: null,
    followUpMonths: defaultFollowUpMonths,
    bothOrganizations: true,
    ...over,
  });

describe('the figures the database counts, on the edges', () => {
  it('counts a contract in the second quarter after exit from its first day, not the day before', async () => {
    // Exits on 31 March: the second quarter after is July–September.
    await clearRecognitions();
    await writeScene(sceneContext(), [
      person({ exitOn: '2024-03-31', contracts: [{ tiedToExit: { quarter: 2, bound: 0 } }] }),
      person({ exitOn: '2024-03-31', contracts: [{ tiedToExit: { quarter: 2, bound: -1 } }] }),
      // Exits on 1 April: October–December, a contract of its last two days.
      person({
        exitOn: '2024-04-01',
        contracts: [{ tiedToExit: { quarter: 2, bound: 1 }, startsOn: '2024-12-30' }],
      }),
    ]);
    const { expected, actual } = await ask({});
    expect(actual).toEqual(expected);
    expect(actual.measures.employment_rate_q2).toMatchObject({ numerator: 2, denominator: 3 });
    // A quarter's wage of 900,000 cents prorated to 1 and 2 days of 92 (9,783 and 19,565), the mean
    // of the two rounded half up.
    expect(actual.medianQuarterlyEarningsCents).toBe(14_674);
  });

  it('counts a credential obtained up to the last day of the year after exit, across a 29 February', async () => {
    await clearRecognitions();
    await writeScene(sceneContext(), [
      person({ exitOn: '2023-06-30', credentialAfterYear: 0 }),
      person({ exitOn: '2023-06-30', credentialAfterYear: 1 }),
    ]);
    const { expected, actual } = await ask({ from: '2023-01-01', to: '2023-12-31' });
    expect(actual).toEqual(expected);
    expect(actual.measures.credential_attainment).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('counts a credential recognised through a recognition case, and the case as training during the enrolment', async () => {
    await clearRecognitions();
    // Three exits into employment without a credential named: not in training by their exits.
    await writeScene(sceneContext(), [
      person({ exitOn: '2024-06-30', outcome: 'permanent_contract' }),
      person({ exitOn: '2024-06-30', outcome: 'permanent_contract' }),
      person({ exitOn: '2024-06-30', outcome: 'permanent_contract' }),
    ]);
    const people = (
      await sql<{ person_id: string; organization_id: string; first: string }>`
        SELECT person_id, organization_id, to_char(min(enrolled_on), 'YYYY-MM-DD') AS first
        FROM enrolments GROUP BY person_id, organization_id ORDER BY person_id`.execute(database.db)
    ).rows;
    const entry = people[0]!.first;
    await writeRecognitions([
      // Licensed within the year after exit: in training and a credential.
      {
        person: 0,
        startShift: 10,
        end: { afterDays: 0, how: 'recognised', credentialShift: 300, kind: 'licence' },
      },
      // Still running: in training, no credential.
      { person: 1, startShift: 10, end: null },
      // Ended before this person's entry: neither.
      {
        person: 2,
        startShift: -400,
        end: { afterDays: 10, how: 'refused', credentialShift: 0, kind: 'licence' },
      },
    ]);
    expect(entry < '2024-06-30').toBe(true);
    const { expected, actual, records } = await ask({});
    expect(actual).toEqual(expected);
    expect(actual.measures.credential_attainment).toMatchObject({ numerator: 1, denominator: 2 });
    expect(records.filter((r) => r.credentials.some((c) => c.kind === 'licence'))).toHaveLength(1);
  });

  it('counts a merged pair enrolled twice once, in either unit, and twice again once the merge is undone', async () => {
    await clearRecognitions();
    const scene = [
      person({ exitOn: '2024-06-30', outcome: 'permanent_contract', verdict: 'positive' }),
      person({ exitOn: '2024-09-30' }),
      person({ exitOn: '2024-09-30' }),
    ];
    // The second file merged into the first: one person, positive at one of their exits.
    await writeScene(sceneContext(), scene, [{ merged: 1, kept: 0, undone: false }]);
    for (const unit of ['person', 'household'] as const) {
      const { expected, actual, records } = await ask({ unit });
      expect(actual).toEqual(expected);
      expect(actual.measures.positive_exit_rate).toMatchObject({ numerator: 1, denominator: 2 });
      expect(
        new Set(records.map((r) => (unit === 'person' ? (r.countedAs ?? r.personId) : r.householdKey))).size,
      ).toBe(2);
    }
    await writeScene(sceneContext(), scene, [{ merged: 1, kept: 0, undone: true }]);
    const undone = await ask({});
    expect(undone.actual).toEqual(undone.expected);
    expect(undone.actual.measures.positive_exit_rate).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it('counts a file merged into a file linked across organizations as that person', async () => {
    await clearRecognitions();
    // The kept file and a file of the other organization share a counting key; a third file of the
    // kept file's organization is merged into it: one person in three files.
    await writeScene(
      sceneContext(),
      [
        { ...person({ exitOn: '2024-06-30', verdict: 'positive' }), linkedAs: 0 },
        { ...person({ exitOn: '2024-07-31' }), linkedAs: 0, organization: 1 },
        person({ exitOn: '2024-08-30' }),
        person({ exitOn: '2024-09-30' }),
      ],
      [{ merged: 2, kept: 0, undone: false }],
    );
    const { expected, actual } = await ask({});
    expect(actual).toEqual(expected);
    expect(actual.measures.positive_exit_rate).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('reads 29 February and month ends as the pure date arithmetic does', async () => {
    await clearRecognitions();
    await writeScene(sceneContext(), [
      // Entered 31 August: six months later is 29 February (the mark), and the exit that day counts.
      person({ enrolledOn: '2023-08-31', exitOn: '2024-02-29', verdict: 'positive' }),
      // Moved on 29 February with no follow-up written: the 6-month moment falls due on 29 August.
      person({ enrolledOn: '2023-09-01', exitOn: '2024-02-29', outcome: 'moved_to_region' }),
    ]);
    const before = await ask({ from: '2023-08-01', to: '2024-12-31', asOf: '2024-08-28', months: 6 });
    expect(before.actual).toEqual(before.expected);
    expect(before.actual.measures.retention_in_region_6.denominator).toBe(0);
    expect(before.actual.measures.positive_exit_rate_after_entry).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
    const due = await ask({ from: '2023-08-01', to: '2024-12-31', asOf: '2024-08-29', months: 6 });
    expect(due.actual).toEqual(due.expected);
    expect(due.actual.measures.retention_in_region_6).toMatchObject({ numerator: 0, denominator: 1 });
  });
});
