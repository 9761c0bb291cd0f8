import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenOrganization, givenStaff } from '../../../../test/support/fixtures.js';
import { givenOutcomeProgram } from '../../../../test/support/outcome-program.js';
import {
  type Extras,
  extrasArb,
  type ReportSceneContext,
  rewriteScene,
  writeExtras,
} from '../../../../test/support/report-figures-scene.js';
import { testDeps } from '../../../../test/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database.js';
import { fixedClock } from '../../../core/clock.js';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import { uuidv7 } from '../../../core/ids.js';
import { createEmployer } from '../../employers/use-cases/create-employer.js';
import {
  queryArb,
  sceneArb,
  sceneMerges,
  type writeScene,
} from '../../outcomes/adapters/figures/figures-scene.js';
import type { RuleVersion } from '../../outcomes/domain/rule.js';
import { catalogue } from '../domain/catalogue.js';
import { dataQuality } from '../domain/data-quality.js';
import { type Figure, memberCountOf } from '../domain/indicator.js';
import { runReport, sectionFigures } from '../domain/run-report.js';
import { standardTemplates } from '../domain/standard-templates.js';
import {
  countedBreakdowns,
  countedInDatabase,
  enrolmentFiguresSql,
  outcomeFiguresSql,
} from './report-figures.js';
import { reportRecordsOf } from './report-records.js';

/**
 * The report's figures the database counts must be those of the pure indicator functions over the
 * records `reportRecordsOf` reads, on the same data: the outcomes module's random program scenes
 * (households, linked files, merged files, two member organizations, exits of every outcome and verdict, follow-ups
 * in every status, contracts, month ends and quarter bounds), with what reports add drawn at random —
 * sex, birth year and nationality (unknown included), language levels (in and out of the working
 * language, on every scale, tested before or after entry), the intake source of each enrolment, signed
 * career plans and attendance at the program's sessions — over random periods, days and counting units.
 * Every section the database counts is compared, in total and broken down, and as a funder reads it.
 */
let database: TestDatabase;
let programId: string;
let organizations: [string, string];
let userId: string;
let employerId: string;
let seriesId: string;
let keyRing: KeyRing | undefined;
const ruleVersionIds: Record<number, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database, fixedClock('2026-06-01T09:00:00Z'));
  keyRing = deps.keyRing;
  const a = await givenOrganization(database.db, { name: 'PLIE des Graves' });
  const b = await givenOrganization(database.db, { name: 'Mission locale Garonne' });
  organizations = [a.id, b.id];
  const staff = await givenStaff(database.db, a.id, 'counselor');
  userId = staff.actor.userId;
  employerId = (await createEmployer(deps)(staff, { name: 'La Table Ouverte', country: 'FR' })).id;
  programId = await givenOutcomeProgram(deps, a.id, {
    code: 'REPORTS',
    nameFr: 'Parcours',
    nameEn: 'Pathway',
  });
  for (const version of [1, 2]) {
    ruleVersionIds[version] = uuidv7();
    await sql`INSERT INTO exit_rule_versions (id, organization_id, program_id, version, effective_from, rule, created_by, created_at)
      VALUES (${ruleVersionIds[version]}, ${a.id}, ${programId}, ${version}, ${`202${version}-01-01`}, '{}'::jsonb, ${userId}, now())`.execute(
      database.db,
    );
  }
  // The program's sessions: one type, one series whose meetings the scenes write.
  const typeId = uuidv7();
  seriesId = uuidv7();
  await sql`INSERT INTO session_types (id, organization_id, code, name_fr, name_en, kind, audience, language,
      duration_minutes, mode, created_at)
    VALUES (${typeId}, ${a.id}, 'atelier', 'Atelier', 'Workshop', 'workshop', 'beneficiaries', 'fr', 120, 'in_person', now())`.execute(
    database.db,
  );
  await sql`INSERT INTO session_series (id, organization_id, session_type_id, program_id, title, language, mode,
      openness, status, created_at)
    VALUES (${seriesId}, ${a.id}, ${typeId}, ${programId}, 'Atelier', 'fr', 'in_person', 'organization', 'planned', now())`.execute(
    database.db,
  );
}, 120_000);

afterAll(async () => {
  await database?.close();
});

const sceneContext = (): ReportSceneContext => ({
  seriesId,
  keyRing,
  db: database.db,
  programId,
  organizations,
  userId,
  employerId,
  ruleVersionIds,
});

/** Every section the database counts: each indicator of its families, in total and by each breakdown it accepts. */
const sections = [...catalogue.enrolment.values()].flatMap((indicator) =>
  [null, ...countedBreakdowns]
    .filter((breakdown) => breakdown === null || indicator.breakdowns.includes(breakdown))
    .map((breakdown) => ({ indicator: indicator.code, breakdown }))
    .filter(countedInDatabase),
);

const shape = (figure: Figure) => ({
  value: figure.value,
  numerator: figure.numerator,
  denominator: figure.denominator,
  units: memberCountOf(figure),
});

const reached = {
  count: new Set<string>(),
  rate: new Map<string, { positive: number; other: number }>(),
  categories: new Set<string>(),
};

async function bothWays(q: typeof queryArb extends fc.Arbitrary<infer T> ? T : never, timeZone: string) {
  const organizationIds = q.bothOrganizations ? organizations : [organizations[0]];
  const period = { from: q.from, to: q.to };
  const rule = {
    id: 'rule',
    version: 1,
    effectiveFrom: '2000-01-01',
    rule: { countingUnit: q.unit, measuredMonthsAfterEntry: q.months },
  } as unknown as RuleVersion;
  const context = { period, asOf: q.asOf, unit: q.unit, rule };
  const { records } = await reportRecordsOf(database.db, keyRing, {
    programId,
    organizationIds,
    period,
    timeZone,
    workingLanguages: ['fr'],
  });
  const query = {
    programId,
    organizationIds,
    period,
    asOf: q.asOf,
    unit: q.unit,
    monthsAfterEntry: q.months,
    followUpMonths: [12],
    timeZone,
    workingLanguages: ['fr'],
  };
  const { counted, quality } = await database.db.transaction().execute(async (trx) => {
    const enrolment = await enrolmentFiguresSql(trx, query, sections, keyRing);
    const outcomes = await outcomeFiguresSql(trx, query, sections, keyRing);
    return { counted: new Map([...enrolment.figures, ...outcomes]), quality: enrolment.dataQuality };
  });
  expect(counted.size).toBe(sections.length);
  for (const section of sections) {
    const pure = sectionFigures(section, { records, fund: null, context }, catalogue);
    const bySql = counted.get(`${section.indicator}|${section.breakdown ?? ''}`);
    const label = `${section.indicator} by ${section.breakdown}`;
    expect(
      {
        total: shape(bySql!.total),
        rows: bySql!.rows.map((r) => ({ category: r.category, ...shape(r.figure) })),
      },
      label,
    ).toEqual({
      total: shape(pure!.total),
      rows: pure!.rows.map((r) => ({ category: r.category, ...shape(r.figure) })),
    });
    const total = pure!.total;
    if ((total.value ?? 0) > 0 && total.numerator === null) reached.count.add(section.indicator);
    if (total.numerator !== null) {
      const sums = reached.rate.get(section.indicator) ?? { positive: 0, other: 0 };
      sums.positive += total.numerator;
      sums.other += (total.denominator ?? 0) - total.numerator;
      reached.rate.set(section.indicator, sums);
    }
    if (pure!.rows.length > 1) reached.categories.add(`${section.breakdown}`);
  }
  // Totals alone, asked without any breakdown: the statements join no category then.
  const totals = sections.filter((s) => s.breakdown === null);
  const alone = await database.db.transaction().execute(async (trx) => {
    const enrolment = await enrolmentFiguresSql(trx, query, totals);
    return new Map([...enrolment.figures, ...(await outcomeFiguresSql(trx, query, totals))]);
  });
  for (const section of totals)
    expect(alone.get(`${section.indicator}|`), section.indicator).toEqual(
      counted.get(`${section.indicator}|`),
    );
  // A funder reads the same cells either way: small-cell suppression over the same counts.
  const definition = { sections } as never;
  for (const threshold of [2, 3, 10])
    expect(
      runReport(definition, { records: [], fund: null, context, counted }, catalogue, 'funder', threshold),
    ).toEqual(runReport(definition, { records, fund: null, context }, catalogue, 'funder', threshold));
  expect(quality).toEqual(
    dataQuality(records, period, q.asOf).map((f) => ({ check: f.check, count: f.personIds.length })),
  );
}

// Merges of two files of one organization, drawn apart from the scenes (a seed gives the scenes it gave).
const mergeRuns = sceneMerges(2121, 200);
let mergeRun = 0;

describe('the report figures the database counts', () => {
  it('are every section a template can ask: no report reads the records', () => {
    const asked = [...catalogue.enrolment.values()].flatMap((indicator) =>
      [null, ...indicator.breakdowns].map((breakdown) => ({ indicator: indicator.code, breakdown })),
    );
    const standard = standardTemplates.flatMap((t) => t.definition.sections);
    const read = [...asked, ...standard].filter(
      (s) => catalogue.enrolment.has(s.indicator) && !countedInDatabase(s),
    );
    expect(read).toEqual([]);
  });

  it('count a merged pair enrolled twice once, and twice again once the merge is undone', async () => {
    const enrolled = (enrolledOn: string) => ({
      household: null,
      linkedAs: null,
      organization: 0,
      enrolments: [{ enrolledOn, status: 'enrolled', exit: null }],
      contracts: [],
      education: [],
      experience: [],
    });
    const scene = [enrolled('2024-02-01'), enrolled('2024-03-01'), enrolled('2024-04-01')] as Parameters<
      typeof writeScene
    >[1];
    const query = (unit: 'person' | 'household') => ({
      from: '2024-01-01',
      length: 365,
      asOfShift: 400,
      to: '2024-12-31',
      asOf: '2025-02-04',
      unit,
      months: null,
      followUpMonths: [12],
      bothOrganizations: true,
    });
    const accompanied = async (unit: 'person' | 'household') => {
      const q = query(unit);
      const counted = await database.db.transaction().execute((trx) =>
        enrolmentFiguresSql(
          trx,
          {
            ...q,
            programId,
            organizationIds: organizations,
            period: { from: q.from, to: q.to },
            monthsAfterEntry: q.months,
            timeZone: 'Europe/Paris',
            workingLanguages: ['fr'],
          },
          [{ indicator: 'people_accompanied', breakdown: null }],
        ),
      );
      await bothWays(q, 'Europe/Paris');
      return counted.figures.get('people_accompanied|')?.total.value;
    };
    const extras: Extras = {
      people: [{ sex: 'female', birthYear: 1990, nationality: 'SY', status: null, plans: [], languages: [] }],
      intakeSources: ['walk_in'],
      meetings: [],
    };
    await rewriteScene(sceneContext(), scene, [{ merged: 1, kept: 0, undone: false }]);
    await writeExtras(sceneContext(), extras);
    expect(await accompanied('person')).toBe(2);
    expect(await accompanied('household')).toBe(2);
    await rewriteScene(sceneContext(), scene, [{ merged: 1, kept: 0, undone: true }]);
    await writeExtras(sceneContext(), extras);
    expect(await accompanied('person')).toBe(3);
  });

  it('are the pure indicators’ figures on random scenes, in total, broken down and suppressed', async () => {
    await fc.assert(
      fc.asyncProperty(
        sceneArb,
        extrasArb,
        fc.array(queryArb, { minLength: 2, maxLength: 2 }),
        fc.constantFrom('Europe/Paris', 'America/Toronto', 'Pacific/Auckland'),
        async (scene, extras, queries, timeZone) => {
          await rewriteScene(sceneContext(), scene, mergeRuns[mergeRun++ % mergeRuns.length]);
          await writeExtras(sceneContext(), extras);
          for (const q of queries) await bothWays(q, timeZone);
        },
      ),
      {
        seed: Number(process.env.REPORT_FIGURES_SEED ?? 2026),
        numRuns: Number(process.env.REPORT_FIGURES_RUNS ?? 40),
        endOnFailure: true,
      },
    );
    // Agreeing on zeros would prove nothing: every family and breakdown was reached with figures.
    expect([...reached.count].sort()).toEqual([
      'exits',
      'median_days_to_first_job',
      'median_quarterly_earnings',
      'new_entries',
      'people_accompanied',
      'settled_in_region',
      'training_hours',
      'with_signed_plan',
    ]);
    const rates = [...reached.rate].filter(([, sums]) => sums.positive > 0 && sums.other > 0);
    expect(rates.map(([code]) => code).sort()).toEqual([
      'credential_attainment',
      'employment_rate_q2',
      'employment_rate_q4',
      'positive_exit_rate',
      'positive_exit_rate_after_entry',
      'retention_in_region_12',
      'underemployment_rate',
    ]);
    expect([...reached.categories].sort()).toEqual([...countedBreakdowns].sort());
  }, 600_000);
});
