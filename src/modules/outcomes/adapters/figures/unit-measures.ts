import { type RawBuilder, sql } from 'kysely';
import { day, type FiguresQuery } from './records.js';

/**
 * Each record's finding per measure as a rank — 2 positive, 1 not positive, 0 excluded, NULL not in
 * the measure — and whether a counted record could not be reached (`RecordFinding`); folded per unit
 * as `measureOf` does: the highest rank wins, unreachable when any counted record was.
 */

/** The rank of an exit's verdict (`findingOfVerdict`); no_rule is in no measure (`noRule`). */
const verdictRank = sql`CASE r.verdict WHEN 'positive' THEN 2 WHEN 'excluded' THEN 0 WHEN 'no_rule' THEN NULL ELSE 1 END`;

/** Retention in the region at M months (`retentionInRegion`). */
function retention(q: FiguresQuery, months: number) {
  const f = (column: string) => sql`fr.${sql.ref(`f${months}_${column}`)}`;
  const due = sql`coalesce(${f('due')}, (r.exit_on + make_interval(months => ${months}::int))::date)`;
  return sql`CASE WHEN r.exited AND r.outcome = 'moved_to_region' THEN
      CASE WHEN ${f('status')} = 'cancelled' THEN 0
        WHEN coalesce(${f('answered')}, false) THEN CASE WHEN ${f('in_region')} THEN 2 ELSE 1 END
        WHEN ${due} > ${day(q.asOf)} THEN NULL
        ELSE 1 END END AS ${sql.ref(`ret${months}`)},
    coalesce(${f('status')} = 'unreachable', false) AS ${sql.ref(`ret${months}_lost`)}`;
}

/** Employment in the n-th quarter after exit, once that quarter has ended by `asOf` (`employmentRateAfterExit`). */
function employment(q: FiguresQuery, n: 2 | 4) {
  const [end, job, said, unreachable] = [`q${n}e`, `q${n}_job`, `q${n}_said_employed`, `q${n}_unreachable`];
  return sql`CASE WHEN r.exited AND r.${sql.ref(end)} <= ${day(q.asOf)} THEN
      CASE WHEN r.excluded_outcome THEN 0
        WHEN coalesce(jr.${sql.ref(job)}, false) OR coalesce(fr.${sql.ref(said)}, false) THEN 2
        ELSE 1 END END AS ${sql.ref(`q${n}`)},
    (r.outcome = 'unreachable' OR coalesce(fr.${sql.ref(unreachable)}, false)) AS ${sql.ref(`q${n}_lost`)}`;
}

/** The positive-exit rate after entry at the rule's mark (`positiveExitRateAfterEntry`, still enrolled: not positive). */
function afterEntry(q: FiguresQuery) {
  if (q.monthsAfterEntry === null) return sql`NULL::int AS pea, false AS pea_lost`;
  const mark = sql`(r.enrolled_on + make_interval(months => ${q.monthsAfterEntry}::int))::date`;
  return sql`CASE WHEN r.entered AND ${mark} <= ${day(q.asOf)} THEN
      CASE WHEN r.exit_on IS NULL OR r.exit_on > ${mark} THEN 1 ELSE ${verdictRank} END END AS pea,
    (r.exit_on IS NOT NULL AND r.exit_on <= ${mark} AND r.outcome = 'unreachable') AS pea_lost`;
}

/** `m`: one row per record with its rank in every count-based measure. */
export function findingsCte(q: FiguresQuery): RawBuilder<unknown> {
  return sql`m AS MATERIALIZED (
    SELECT r.id, r.person_id, r.organization_id, r.u, r.exited, r.entered, r.exit_on, r.excluded_outcome,
      CASE WHEN r.exited THEN ${verdictRank} END AS pe,
      r.outcome = 'unreachable' AS pe_lost,
      ${afterEntry(q)},
      ${employment(q, 2)},
      ${employment(q, 4)},
      CASE WHEN r.exited AND r.in_training THEN
        CASE WHEN r.excluded_outcome THEN 0
          WHEN r.credential_recognised OR (r.credential_named AND r.credential_obtained_on
            BETWEEN r.enrolled_on AND (r.exit_on + interval '1 year')::date) THEN 2
          ELSE 1 END END AS cred,
      ${retention(q, 6)},
      ${retention(q, 12)},
      CASE WHEN r.entered THEN jr.days_to_job END AS days_to_job,
      coalesce(jr.q2_job, false) AS q2_job, coalesce(jr.q2_wage_unknown, false) AS q2_wage_unknown, jr.q2_wage
    FROM r LEFT JOIN jr ON jr.id = r.id LEFT JOIN fr ON fr.id = r.id
  )`;
}

/** The measures `units` folds, by their code in the dashboard. */
export const foldedMeasures = {
  positive_exit_rate: 'pe',
  positive_exit_rate_after_entry: 'pea',
  employment_rate_q2: 'q2',
  employment_rate_q4: 'q4',
  credential_attainment: 'cred',
  retention_in_region_6: 'ret6',
  retention_in_region_12: 'ret12',
} as const;
const lost: Record<string, boolean> = { pe: true, pea: true, q2: true, q4: true, ret6: true, ret12: true };

/** `units`: the records folded per counting unit (`measureOf`), and whether the unit entered in the period. */
export function unitsCte(): RawBuilder<unknown> {
  const columns = Object.values(foldedMeasures).map((c) =>
    lost[c]
      ? sql`max(${sql.ref(c)}) AS ${sql.ref(c)}, bool_or(${sql.ref(c)} >= 1 AND ${sql.ref(`${c}_lost`)}) AS ${sql.ref(`${c}_lost`)}`
      : sql`max(${sql.ref(c)}) AS ${sql.ref(c)}, false AS ${sql.ref(`${c}_lost`)}`,
  );
  return sql`units AS (
    SELECT u, ${sql.join(columns)}, bool_or(entered) AS entered, min(days_to_job) AS days_to_job
    FROM m GROUP BY u
  )`;
}

/** The counts of every folded measure and of time to first job, one JSON object. */
export function unitTotals(): RawBuilder<unknown> {
  const counts = Object.values(foldedMeasures).map((c) => {
    const rank = sql.ref(c);
    return sql`${`${c}_num`}::text, count(*) FILTER (WHERE ${rank} = 2),
      ${`${c}_den`}::text, count(*) FILTER (WHERE ${rank} >= 1),
      ${`${c}_exc`}::text, count(*) FILTER (WHERE ${rank} = 0),
      ${`${c}_unr`}::text, count(*) FILTER (WHERE ${rank} = 1 AND ${sql.ref(`${c}_lost`)})`;
  });
  return sql`(SELECT json_build_object(${sql.join(counts)},
      'ttj_median', percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_job) FILTER (WHERE entered),
      'days_0_90', count(*) FILTER (WHERE entered AND days_to_job <= 90),
      'days_91_180', count(*) FILTER (WHERE entered AND days_to_job BETWEEN 91 AND 180),
      'days_181_365', count(*) FILTER (WHERE entered AND days_to_job BETWEEN 181 AND 365),
      'over_365', count(*) FILTER (WHERE entered AND days_to_job > 365),
      'none_yet', count(*) FILTER (WHERE entered AND days_to_job IS NULL))
    FROM units)`;
}
