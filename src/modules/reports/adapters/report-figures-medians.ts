import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { qualificationLevelsOf } from '../../outcomes/api.js';
import { rateOf } from '../../outcomes/domain/measure.js';
import { statusOf } from '../../outcomes/domain/underemployment.js';
import type { Figure } from '../domain/indicator.js';

/**
 * The report's figures over people rather than counts of units, counted by the database beside the
 * outcome measures (`outcomeFiguresSql`), over the records with their categories (`mc`, the findings
 * `m` of the outcomes module): the median quarterly earnings (`medianEarningsAfterExit`), the median
 * days to the first job (`timeToFirstJob`) and the underemployment rate (`underemploymentAt`). Each is
 * the pure function's figure over the records of a category, checked by report-figures.test.ts.
 */

const medianFamily = [
  'median_quarterly_earnings',
  'median_days_to_first_job',
  'underemployment_rate',
] as const;
type MedianCode = (typeof medianFamily)[number];

export const isMedianCode = (code: string): code is MedianCode =>
  (medianFamily as readonly string[]).includes(code);

/** A person exited in the period whose running job's level is known and theirs is not recorded on it. */
export interface UndecidedPerson {
  dim: string;
  category: string;
  person: string;
  job: number;
}

/**
 * Median earnings in the 2nd quarter after exit, per category: each person's latest exit of the
 * period among the category's records (on a tie, the smaller enrolment id), less the exclusions,
 * employed with every unsubsidized contract of the quarter paid a known wage; the wage rounded half up
 * to cents, an even count's median the mean of the two middle wages rounded half up (`medianCents`).
 */
const earnings = sql`,
    le AS (
      SELECT DISTINCT ON (dim, category, person_id) dim, category, excluded_outcome, q2_job, q2_wage_unknown, q2_wage
      FROM mc WHERE exited ORDER BY dim, category, person_id, exit_on DESC, id
    ),
    earnings AS (
      SELECT dim, category, count(*) AS earnings_n,
        floor(percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(q2_wage + 0.5)) + 0.5) AS earnings
      FROM le WHERE NOT excluded_outcome AND q2_job AND NOT q2_wage_unknown GROUP BY dim, category
    )`;

/**
 * Days from entry to the first contract, per category: each unit entered in the period by its
 * quickest record; the median over those with a job, an even count's the unrounded mean (`median`).
 */
const days = sql`,
    tu AS (SELECT dim, category, u, min(days_to_job) AS days FROM mc WHERE entered GROUP BY dim, category, u),
    days AS (
      SELECT dim, category, count(days) AS days_n, percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS days_median
      FROM tu GROUP BY dim, category
    )`;

/**
 * Underemployment per category: the people with an exit in the period among the category's records,
 * each with the contract running on the day (`running`); those whose level the contract did not record
 * are listed apart (`undecided`) and decided in JS, as the outcome dashboard does.
 */
const underemployment = (running: RawBuilder<unknown>) => sql`,
    ${running},
    ue AS (
      SELECT DISTINCT c.dim, c.category, c.person_id, rj.job_skill_level, rj.person_skill_level
      FROM mc c JOIN running rj ON rj.person_id = c.person_id WHERE c.exited
    ),
    under AS (
      SELECT dim, category, count(*) FILTER (WHERE job_skill_level < person_skill_level) AS under_n,
        count(*) FILTER (WHERE job_skill_level >= person_skill_level) AS matched_n
      FROM ue GROUP BY dim, category
    )`;

/** The CTEs, joins to the categories (`rates`) and the undecided people's column for the codes asked. */
export function medianParts(
  q: { asOf: string; period: { to: string } },
  codes: readonly string[],
  runningJobsOn: (on: string) => RawBuilder<unknown>,
) {
  const ctes: RawBuilder<unknown>[] = [];
  const joined: string[] = [];
  if (codes.includes('median_quarterly_earnings')) {
    ctes.push(earnings);
    joined.push('earnings');
  }
  if (codes.includes('median_days_to_first_job')) {
    ctes.push(days);
    joined.push('days');
  }
  let undecided = sql`'[]'::json`;
  if (codes.includes('underemployment_rate')) {
    // The earlier of today and the period's end ('YYYY-MM-DD' sorts as it falls).
    ctes.push(underemployment(runningJobsOn([q.asOf, q.period.to].sort()[0] as string)));
    joined.push('under');
    undecided = sql`(SELECT coalesce(json_agg(json_build_object('dim', dim, 'category', category,
        'person', person_id, 'job', job_skill_level)), '[]'::json)
      FROM ue WHERE job_skill_level IS NOT NULL AND person_skill_level IS NULL)`;
  }
  return {
    ctes: sql.join(ctes, sql``),
    joins: sql.join(
      joined.map((t) => sql`LEFT JOIN ${sql.table(t)} USING (dim, category)`),
      sql` `,
    ),
    undecided,
  };
}

export type Decided = Map<string, { under: number; matched: number }>;

/** The undecided people's statuses from their qualification level, counted per category. */
export async function decideUndecided(db: Executor, undecided: readonly UndecidedPerson[]): Promise<Decided> {
  const decided: Decided = new Map();
  if (undecided.length === 0) return decided;
  const levelOf = await qualificationLevelsOf(db, [...new Set(undecided.map((u) => u.person))]);
  for (const u of undecided) {
    const status = statusOf(Number(u.job), levelOf.get(u.person) ?? null);
    const key = `${u.dim}|${u.category}`;
    const counts = decided.get(key) ?? { under: 0, matched: 0 };
    if (status === 'underemployed') counts.under += 1;
    else if (status === 'matched') counts.matched += 1;
    decided.set(key, counts);
  }
  return decided;
}

const n = (value: unknown) => Number(value ?? 0);
const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** A median section's figure from its category's row (none: no record in it). */
export function medianFigure(
  code: MedianCode,
  row: { dim: string; category: string; [column: string]: unknown } | undefined,
  decided: Decided,
): Figure {
  const figure = (
    value: number | null,
    numerator: number | null,
    denominator: number | null,
    count: number,
  ) => ({
    value,
    numerator,
    denominator,
    members: [],
    denominatorMembers: [],
    memberCount: count,
  });
  if (code === 'median_quarterly_earnings')
    return figure(numberOrNull(row?.earnings), null, null, n(row?.earnings_n));
  if (code === 'median_days_to_first_job')
    return figure(numberOrNull(row?.days_median), null, null, n(row?.days_n));
  const extra = row ? decided.get(`${row.dim}|${row.category}`) : undefined;
  const under = n(row?.under_n) + (extra?.under ?? 0);
  const known = under + n(row?.matched_n) + (extra?.matched ?? 0);
  return figure(rateOf(under, known), under, known, under);
}
