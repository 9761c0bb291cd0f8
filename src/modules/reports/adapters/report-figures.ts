import { type RawBuilder, sql } from 'kysely';
import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import { type OutcomeFiguresQuery, outcomeFigureParts } from '../../outcomes/api.js';
import { rateOf } from '../../outcomes/domain/measure.js';
import { reportBreakdownFactsQuery, reportLanguageLevelsQuery } from '../../people/api.js';
import { firstPlanSignaturesQuery } from '../../plans/api.js';
import { cohortReportFactsQuery, programCohortPersonIds } from '../../programs/api.js';
import { attendanceMinutesQuery } from '../../sessions/api.js';
import { unknownCategory } from '../domain/breakdown.js';
import { type DataQualityCheck, dataQualityChecks } from '../domain/data-quality.js';
import type { BreakdownKey, Figure } from '../domain/indicator.js';
import { cefrLevels } from '../domain/language-at-entry.js';
import { countedKey } from '../domain/run-report.js';
import { worldSubregionOf } from '../domain/world-subregions.js';
import {
  enrolmentByPerson,
  enrolmentRowsByStatus,
  outcomeRowsByStatus,
  outcomesByPerson,
  statusDim,
} from './report-figures-by-status.js';
import {
  decideUndecided,
  isMedianCode,
  medianFigure,
  medianParts,
  type UndecidedPerson,
} from './report-figures-medians.js';

/**
 * A program's report counted by the database, one statement per indicator family, each returning
 * what the pure functions of `domain/enrolment-indicators.ts` return over `reportRecordsOf`'s records
 * (checked by report-figures.test.ts on both engines): the enrolment family (with the data-quality
 * counts) and the outcome measures with the medians (over the outcomes module's per-record
 * findings). Counts leave the database — and, for a breakdown by the sealed immigration status, per
 * person and unit the flags folded in the application; the units behind a figure are not listed
 * (`memberCount`), so a drill-down still reads the records.
 */

/**
 * The breakdowns the statements group by. The immigration status is sealed at rest (ADR 10): no
 * statement can group by it; its breakdown is folded in the application (report-figures-by-status.ts).
 */
export const sqlBreakdowns = [
  'member_organization',
  'sex',
  'age_band',
  'nationality',
  'nationality_group',
  'intake_source',
  'language_level_at_entry',
] as const satisfies readonly BreakdownKey[];
type SqlBreakdown = (typeof sqlBreakdowns)[number];

/** Every breakdown of the sections counted by the database. */
export const countedBreakdowns: readonly BreakdownKey[] = [...sqlBreakdowns, statusDim];

const enrolmentFamily = [
  'people_accompanied',
  'new_entries',
  'exits',
  'settled_in_region',
  'with_signed_plan',
  'training_hours',
] as const;
type EnrolmentCode = (typeof enrolmentFamily)[number];

/** The outcome measures by their column in the outcomes module's findings (`m`). */
const outcomeFamily = {
  positive_exit_rate: 'pe',
  positive_exit_rate_after_entry: 'pea',
  employment_rate_q2: 'q2',
  employment_rate_q4: 'q4',
  credential_attainment: 'cred',
  retention_in_region_12: 'ret12',
} as const;
type OutcomeCode = keyof typeof outcomeFamily;

const isEnrolmentCode = (code: string): code is EnrolmentCode =>
  (enrolmentFamily as readonly string[]).includes(code);
const isOutcomeCode = (code: string): code is OutcomeCode => code in outcomeFamily;

/** Whether a section is counted by the database: its indicator in a family, its breakdown grouped in SQL. */
export function countedInDatabase(section: { indicator: string; breakdown: BreakdownKey | null }) {
  return (
    (isEnrolmentCode(section.indicator) ||
      isOutcomeCode(section.indicator) ||
      isMedianCode(section.indicator)) &&
    (section.breakdown === null || countedBreakdowns.includes(section.breakdown))
  );
}

export interface ReportFiguresQuery extends OutcomeFiguresQuery {
  /** The organization's zone: the day a session met in. */
  timeZone: string;
  /** The program's working languages: the level at entry is read in them (`languageLevelAtEntry`). */
  workingLanguages: readonly string[];
}

export interface SectionFigures {
  total: Figure;
  rows: { category: string; figure: Figure }[];
}

const day = (value: string) => sql`${value}::date`;

/** The categories of a record (alias `x`) on each breakdown asked, beside its total (dimension ''). */
function categoriesOf(dims: readonly SqlBreakdown[], referenceYear: number): RawBuilder<unknown> {
  const year = sql`${referenceYear}::int`;
  const expression: Record<SqlBreakdown, RawBuilder<unknown>> = {
    member_organization: sql`x.organization_id::text`,
    sex: sql`coalesce(pf.sex::text, ${unknownCategory})`,
    // `ageBandOf`: the age reached in the period's last year, from the birth year only.
    age_band: sql`CASE WHEN pf.birth_year IS NULL OR pf.birth_year > ${year} THEN 'unknown'
      WHEN ${year} - pf.birth_year < 26 THEN 'under_26' WHEN ${year} - pf.birth_year < 45 THEN '26_44'
      WHEN ${year} - pf.birth_year < 55 THEN '45_54' ELSE '55_plus' END`,
    nationality: sql`coalesce(pf.nationality, ${unknownCategory})`,
    nationality_group: sql`coalesce(ng.grp, ${unknownCategory})`,
    intake_source: sql`e.intake_source::text`,
    language_level_at_entry: sql`coalesce(ll.level, ${unknownCategory})`,
  };
  const rows = [sql`(''::text, ''::text)`, ...dims.map((d) => sql`(${d}::text, ${expression[d]})`)];
  return sql`CROSS JOIN LATERAL (VALUES ${sql.join(rows)}) d(dim, category)`;
}

const personDims: readonly SqlBreakdown[] = ['sex', 'age_band', 'nationality', 'nationality_group'];

/**
 * What the categories read, joined to the records (alias `x`) only when needed: the enrolment's facts
 * (`e`), the person's (`pf`), the countries' sub-regions (`ng`).
 */
function facts(
  db: Executor,
  q: ReportFiguresQuery,
  dims: readonly SqlBreakdown[],
  always: { enrolment: boolean; person: boolean },
) {
  const people = programCohortPersonIds(db, q.programId, q.organizationIds, q.period.to);
  const ctes: RawBuilder<unknown>[] = [];
  const joins: RawBuilder<unknown>[] = [];
  if (always.enrolment || dims.includes('intake_source')) {
    ctes.push(sql`e AS (${cohortReportFactsQuery(db, q.programId, q.organizationIds, q.period.to)})`);
    joins.push(sql`JOIN e ON e.id = x.id`);
  }
  if (always.person || dims.some((d) => personDims.includes(d))) {
    ctes.push(sql`pf AS (${reportBreakdownFactsQuery(db, people)})`);
    joins.push(sql`LEFT JOIN pf ON pf.id = x.person_id`);
  }
  if (dims.includes('language_level_at_entry')) {
    ctes.push(languageLevelsCte(db, q, people));
    joins.push(sql`LEFT JOIN ll ON ll.id = x.id`);
  }
  const regions = Object.entries(worldSubregionOf);
  if (dims.includes('nationality_group') && regions.length > 0) {
    ctes.push(
      sql`ng(code, grp) AS (VALUES ${sql.join(regions.map(([code, region]) => sql`(${code}::text, ${region}::text)`))})`,
    );
    joins.push(sql`LEFT JOIN ng ON ng.code = pf.nationality`);
  }
  return { ctes, joins: sql.join(joins, sql` `), people };
}

/**
 * `ll`: each record's CEFR level at entry (`languageLevelAtEntry`): the best level on any scale in a
 * working language, tested by the day of entry or undated; a benchmark (CLB, NCLC) 1–12 read as
 * A1…C2 by pairs. Levels are stored checked (`isValidLevel`): no other spelling is read.
 */
function languageLevelsCte(
  db: Executor,
  q: ReportFiguresQuery,
  people: Parameters<typeof reportLanguageLevelsQuery>[1],
) {
  const levels = sql`ARRAY[${sql.join(cefrLevels.map((l) => sql`${l}::text`))}]`;
  const benchmark = sql`btrim(pl.level)`;
  // 1-based ranks: the CEFR level's place, or a benchmark's pair (1–2 → 1 … 11–12 → 6).
  const rank = sql`CASE WHEN pl.scale = 'cefr' THEN array_position(${levels}, upper(pl.level))
    WHEN ${benchmark} ~ '^[0-9]+$' AND ${benchmark}::numeric BETWEEN 1 AND 12 THEN ceil(${benchmark}::numeric / 2)::int END`;
  const languages = q.workingLanguages.length > 0 ? q.workingLanguages : [''];
  return sql`ll AS (
    SELECT x.id, (${levels})[max(${rank})] AS level
    FROM r x JOIN (${reportLanguageLevelsQuery(db, people)}) pl ON pl.person_id = x.person_id
    WHERE pl.language IN (${sql.join(languages.map((l) => sql`${l}`))})
      AND (pl.test_date IS NULL OR pl.test_date <= x.enrolled_on)
    GROUP BY x.id
  )`;
}

/** Categories of a dimension as `groupBy` orders them: by code unit, "unknown" last. */
const byCategory = (a: string, b: string) =>
  a === unknownCategory ? 1 : b === unknownCategory ? -1 : a < b ? -1 : a > b ? 1 : 0;

const n = (value: unknown) => Number(value ?? 0);

const countOf = (count: number): Figure => ({
  value: count,
  numerator: null,
  denominator: null,
  members: [],
  denominatorMembers: [],
  memberCount: count,
});

/** An aggregate read over a whole program: hash tables in memory, no JIT (as the dashboard's statement). */
async function forLargeAggregates(db: Executor) {
  await sql`SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`.execute(db);
}

type Row = { dim: string; category: string } & Record<string, number | string>;

/** Rows per dimension → figures per section asked: the total (dimension '') and each category. */
function sectionsOf(
  rows: readonly Row[],
  sections: readonly { indicator: string; breakdown: BreakdownKey | null }[],
  figureOf: (indicator: string, row: Row | undefined) => Figure,
) {
  const result = new Map<string, SectionFigures>();
  for (const section of sections) {
    const total = figureOf(
      section.indicator,
      rows.find((r) => r.dim === ''),
    );
    const categories =
      section.breakdown === null
        ? []
        : rows.filter((r) => r.dim === section.breakdown).sort((a, b) => byCategory(a.category, b.category));
    result.set(countedKey(section), {
      total,
      rows: categories.map((r) => ({ category: r.category, figure: figureOf(section.indicator, r) })),
    });
  }
  return result;
}

const dimsOf = (sections: readonly { breakdown: BreakdownKey | null }[]) =>
  sqlBreakdowns.filter((d) => sections.some((s) => s.breakdown === d));

/**
 * The enrolment family (people accompanied, new entries, exits, settled in a region, with a signed
 * plan, training hours) for these sections, and the data-quality counts, in one statement: the
 * records of `r` with their categories, folded per unit and category, then counted.
 */
export async function enrolmentFiguresSql(
  db: Executor,
  q: ReportFiguresQuery,
  sections: readonly { indicator: string; breakdown: BreakdownKey | null }[],
  keyRing?: KeyRing,
) {
  const asked = sections.filter((s) => isEnrolmentCode(s.indicator) && countedInDatabase(s));
  const dims = dimsOf(asked);
  const byStatus = asked.some((s) => s.breakdown === statusDim);
  const { records, followUpsOfRecords } = outcomeFigureParts(db, q);
  const { ctes, joins, people } = facts(db, q, dims, { enrolment: true, person: true });
  const [from, to] = [day(q.period.from), day(q.period.to)];
  const ended = sql`coalesce(x.exit_on, e.ended_on)`;
  await forLargeAggregates(db);
  const statement = sql`WITH ${records}, ${sql.join(ctes)},
    ps AS (${firstPlanSignaturesQuery(db, people)}),
    ph AS (${attendanceMinutesQuery(db, { programId: q.programId, personIds: people, ...q.period, timeZone: q.timeZone })}),
    fo AS (SELECT DISTINCT r.id FROM r JOIN ${followUpsOfRecords}
      WHERE r.exited AND f.status = 'pending' AND f.due_on <= ${day(q.asOf)}),
    rc AS MATERIALIZED (
      SELECT x.id, x.person_id, x.u, x.enrolled_on, x.exited, x.outcome, x.exit_on, e.ended_on,
        -- activeIn: entered by the period's end, not ended (its exit, else its end) before its start.
        x.enrolled_on <= ${to} AND (${ended} IS NULL OR ${ended} >= ${from}) AS active,
        ps.signed_on, fo.id IS NOT NULL AS overdue,
        pf.sex IS NULL AS no_sex, pf.birth_year IS NULL AS no_birth_date, pf.nationality IS NULL AS no_nationality,
        d.dim, d.category
      FROM r x ${joins}
        LEFT JOIN ps ON ps.person_id = x.person_id LEFT JOIN fo ON fo.id = x.id
        ${categoriesOf(dims, Number(q.period.to.slice(0, 4)))}
    ),
    uf AS (
      SELECT dim, category, u, bool_or(active) AS active,
        min(enrolled_on) BETWEEN ${from} AND ${to} AS new,
        bool_or(exited) AS exited,
        bool_or(exited AND outcome = 'moved_to_region') AS settled,
        bool_or(active AND signed_on <= ${to}) AS signed
      FROM rc GROUP BY dim, category, u
    ),
    -- attendedHours: a person's hours once per group, whatever their enrolments; units that attended.
    uh AS (
      SELECT c.dim, c.category, c.u, sum(ph.minutes) AS minutes
      FROM (SELECT DISTINCT dim, category, u, person_id FROM rc) c JOIN ph ON ph.person_id = c.person_id
      WHERE ph.minutes > 0
      GROUP BY c.dim, c.category, c.u
    )
    SELECT
      (SELECT coalesce(json_agg(t), '[]'::json) FROM (
        SELECT uf.dim, uf.category,
          count(*) FILTER (WHERE uf.active) AS people_accompanied,
          count(*) FILTER (WHERE uf.new) AS new_entries,
          count(*) FILTER (WHERE uf.exited) AS exits,
          count(*) FILTER (WHERE uf.settled) AS settled_in_region,
          count(*) FILTER (WHERE uf.signed) AS with_signed_plan,
          coalesce(sum(uh.minutes), 0) AS minutes, count(uh.minutes) AS hours_units
        FROM uf LEFT JOIN uh ON uh.dim = uf.dim AND uh.category = uf.category AND uh.u = uf.u
        GROUP BY uf.dim, uf.category) t) AS figures,
      (SELECT json_build_object(
          'ended_without_exit', count(DISTINCT person_id) FILTER (WHERE ended_on IS NOT NULL AND exit_on IS NULL),
          'missing_birth_date', count(DISTINCT person_id) FILTER (WHERE no_birth_date),
          'missing_sex', count(DISTINCT person_id) FILTER (WHERE no_sex),
          'missing_nationality', count(DISTINCT person_id) FILTER (WHERE no_nationality),
          'follow_up_overdue', count(DISTINCT person_id) FILTER (WHERE overdue))
        FROM rc WHERE dim = '' AND active) AS quality,
      ${byStatus ? enrolmentByPerson(q.period.to) : sql`'[]'::json`} AS by_person`;
  const { rows } = await statement.execute(db);
  const row = rows[0] as {
    figures: Row[];
    quality: Record<DataQualityCheck, number | string>;
    by_person: Parameters<typeof enrolmentRowsByStatus>[2];
  };
  const statusRows = byStatus ? await enrolmentRowsByStatus(db, keyRing, row.by_person, q.period) : [];
  const figures = sectionsOf([...row.figures, ...statusRows], asked, (indicator, r) => {
    if (indicator !== 'training_hours') return countOf(n(r?.[indicator]));
    // Hours to the quarter hour (`roundHours`), from whole minutes: no sum of floats to drift.
    return { ...countOf(n(r?.hours_units)), value: Math.round(n(r?.minutes) / 15) / 4 };
  });
  const dataQuality = dataQualityChecks
    .map((check) => ({ check, count: n(row.quality[check]) }))
    .filter((finding) => finding.count > 0);
  return { figures, dataQuality };
}

/**
 * The outcome measures (positive-exit rates, employment in the 2nd and 4th quarters, credentials,
 * retention in the region at 12 months), the medians and underemployment for these sections, in one
 * statement: the outcomes module's findings per record (`m`) with their categories (`mc`), folded per
 * unit and category as `measureOf` does (the highest rank wins), then counted: numerator the positive
 * units, denominator those not excluded; the medians and underemployment beside them
 * (report-figures-medians.ts), every category of a record listed.
 */
export async function outcomeFiguresSql(
  db: Executor,
  q: ReportFiguresQuery,
  sections: readonly { indicator: string; breakdown: BreakdownKey | null }[],
  keyRing?: KeyRing,
) {
  const asked = sections.filter(
    (s) => (isOutcomeCode(s.indicator) || isMedianCode(s.indicator)) && countedInDatabase(s),
  );
  const byStatus = asked.some((s) => s.breakdown === statusDim);
  if (asked.length === 0) return new Map<string, SectionFigures>();
  const dims = dimsOf(asked);
  const parts = outcomeFigureParts(db, q);
  const { ctes, joins } = facts(db, q, dims, { enrolment: false, person: false });
  const columns = [
    ...new Set(asked.flatMap((s) => (isOutcomeCode(s.indicator) ? [outcomeFamily[s.indicator]] : []))),
  ];
  const medians = medianParts(
    q,
    asked.map((s) => s.indicator),
    parts.runningJobsOn,
  );
  await forLargeAggregates(db);
  const statement = sql`WITH ${sql.join([parts.records, ...parts.findings, ...ctes])},
    mc AS MATERIALIZED (
      SELECT x.*, d.dim, d.category FROM m x ${joins} ${categoriesOf(dims, Number(q.period.to.slice(0, 4)))}
    ),
    uf AS (
      SELECT ${sql.join([sql`dim, category, u`, ...columns.map((c) => sql`max(${sql.ref(c)}) AS ${sql.ref(c)}`)])}
      FROM mc GROUP BY dim, category, u
    ),
    rates AS (
      SELECT ${sql.join([
        sql`dim, category`,
        ...columns.map(
          (c) => sql`count(*) FILTER (WHERE ${sql.ref(c)} = 2) AS ${sql.ref(`${c}_num`)},
            count(*) FILTER (WHERE ${sql.ref(c)} >= 1) AS ${sql.ref(`${c}_den`)}`,
        ),
      ])}
      FROM uf GROUP BY dim, category
    )${medians.ctes}
    SELECT (SELECT coalesce(json_agg(t), '[]'::json) FROM (SELECT * FROM rates ${medians.joins}) t) AS figures,
      ${medians.undecided} AS undecided, ${byStatus ? outcomesByPerson(columns) : sql`'[]'::json`} AS by_person`;
  const { rows } = await statement.execute(db);
  const row = rows[0] as {
    figures: Row[];
    undecided: UndecidedPerson[];
    by_person: Parameters<typeof outcomeRowsByStatus>[2];
  };
  const decided = await decideUndecided(db, row.undecided);
  const statusRows = byStatus ? await outcomeRowsByStatus(db, keyRing, row.by_person, columns) : [];
  return sectionsOf([...row.figures, ...(statusRows as Row[])], asked, (indicator, r) => {
    if (isMedianCode(indicator)) return medianFigure(indicator, r, decided);
    const c = outcomeFamily[indicator as OutcomeCode];
    const [numerator, denominator] = [n(r?.[`${c}_num`]), n(r?.[`${c}_den`])];
    return {
      value: rateOf(numerator, denominator),
      numerator,
      denominator,
      members: [],
      denominatorMembers: [],
      memberCount: numerator,
    };
  });
}
