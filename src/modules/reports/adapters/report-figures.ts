import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { type OutcomeFiguresQuery, outcomeFigureParts } from '../../outcomes/api.js';
import { rateOf } from '../../outcomes/domain/measure.js';
import { reportBreakdownFactsQuery } from '../../people/api.js';
import { firstPlanSignaturesQuery } from '../../plans/api.js';
import { cohortReportFactsQuery, programCohortPersonIds } from '../../programs/api.js';
import { attendanceMinutesQuery } from '../../sessions/api.js';
import { unknownCategory } from '../domain/breakdown.js';
import { type DataQualityCheck, dataQualityChecks } from '../domain/data-quality.js';
import type { BreakdownKey, Figure } from '../domain/indicator.js';
import { countedKey } from '../domain/run-report.js';
import { worldSubregionOf } from '../domain/world-subregions.js';

/**
 * A program's report counted by the database, one statement per indicator family, each returning
 * what the pure functions of `domain/enrolment-indicators.ts` return over `reportRecordsOf`'s records
 * (checked by report-figures.test.ts on both engines): the enrolment family (with the data-quality
 * counts) and the outcome measures (over the outcomes module's per-record findings). Only counts
 * leave the database; the units behind a figure are not listed (`memberCount`), so a drill-down
 * still reads the records.
 */

/** The breakdowns the statements group by; the others (status, language level) are decided in JS. */
export const sqlBreakdowns = [
  'member_organization',
  'sex',
  'age_band',
  'nationality',
  'nationality_group',
  'intake_source',
] as const satisfies readonly BreakdownKey[];
type SqlBreakdown = (typeof sqlBreakdowns)[number];

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
    (isEnrolmentCode(section.indicator) || isOutcomeCode(section.indicator)) &&
    (section.breakdown === null || (sqlBreakdowns as readonly string[]).includes(section.breakdown))
  );
}

export interface ReportFiguresQuery extends OutcomeFiguresQuery {
  /** The organization's zone: the day a session met in. */
  timeZone: string;
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
  const regions = Object.entries(worldSubregionOf);
  if (dims.includes('nationality_group') && regions.length > 0) {
    ctes.push(
      sql`ng(code, grp) AS (VALUES ${sql.join(regions.map(([code, region]) => sql`(${code}::text, ${region}::text)`))})`,
    );
    joins.push(sql`LEFT JOIN ng ON ng.code = pf.nationality`);
  }
  return { ctes, joins: sql.join(joins, sql` `), people };
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
) {
  const asked = sections.filter((s) => isEnrolmentCode(s.indicator) && countedInDatabase(s));
  const dims = dimsOf(asked);
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
        FROM rc WHERE dim = '' AND active) AS quality`;
  const { rows } = await statement.execute(db);
  const row = rows[0] as { figures: Row[]; quality: Record<DataQualityCheck, number | string> };
  const figures = sectionsOf(row.figures, asked, (indicator, r) => {
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
 * retention in the region at 12 months) for these sections, in one statement: the outcomes module's
 * findings per record (`m`), folded per unit and category as `measureOf` does (the highest rank
 * wins), then counted: numerator the positive units, denominator those not excluded.
 */
export async function outcomeFiguresSql(
  db: Executor,
  q: ReportFiguresQuery,
  sections: readonly { indicator: string; breakdown: BreakdownKey | null }[],
) {
  const asked = sections.filter((s) => isOutcomeCode(s.indicator) && countedInDatabase(s));
  if (asked.length === 0) return new Map<string, SectionFigures>();
  const dims = dimsOf(asked);
  const { records, findings } = outcomeFigureParts(db, q);
  const { ctes, joins } = facts(db, q, dims, { enrolment: false, person: false });
  const columns = [...new Set(asked.map((s) => outcomeFamily[s.indicator as OutcomeCode]))];
  await forLargeAggregates(db);
  const statement = sql`WITH ${sql.join([records, ...findings, ...ctes])},
    uf AS (
      SELECT d.dim, d.category, x.u, ${sql.join(columns.map((c) => sql`max(x.${sql.ref(c)}) AS ${sql.ref(c)}`))}
      FROM m x ${joins} ${categoriesOf(dims, Number(q.period.to.slice(0, 4)))}
      GROUP BY d.dim, d.category, x.u
    )
    SELECT dim, category, ${sql.join(
      columns.map(
        (c) => sql`count(*) FILTER (WHERE ${sql.ref(c)} = 2) AS ${sql.ref(`${c}_num`)},
          count(*) FILTER (WHERE ${sql.ref(c)} >= 1) AS ${sql.ref(`${c}_den`)}`,
      ),
    )}
    FROM uf GROUP BY dim, category`;
  const { rows } = await statement.execute(db);
  return sectionsOf(rows as Row[], asked, (indicator, r) => {
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
