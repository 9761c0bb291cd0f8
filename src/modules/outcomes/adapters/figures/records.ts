import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../../core/db/types.js';
import { mergedFilesCountedAs, type PersonIdQuery } from '../../../people/api.js';
import { jobSpellsQuery } from '../../../placements/api.js';
import { programCohortPersonIds, programCohortQuery } from '../../../programs/api.js';
import { recognitionCasesQuery } from '../../../recognition/api.js';
import { defaultExclusions } from '../../domain/employment-rate-after-exit.js';
import { type CountingUnit, exitOutcomes, familyOf } from '../../domain/vocabulary.js';
import '../tables.js';

/** What the figures of a program are asked over: the same inputs `programOutcomes` takes. */
export interface FiguresQuery {
  programId: string;
  organizationIds: readonly string[];
  period: { from: string; to: string };
  /** "Now": nothing later is known. */
  asOf: string;
  unit: CountingUnit;
  /** The rule's months after entry for the positive-exit rate after entry; null: not measured. */
  monthsAfterEntry: number | null;
  followUpMonths: readonly number[];
}

/** A day bound as a parameter, read as a date. */
export const day = (value: string) => sql`${value}::date`;

/** A list of bound values for `IN (…)`; never empty (an empty IN is not SQL). */
export const listOf = (values: readonly (string | number)[]) =>
  values.length === 0 ? sql`NULL` : sql.join(values.map((v) => sql`${v}`));

const trainingOutcomes = exitOutcomes.filter((o) => familyOf(o) === 'training');

/** The organizations' ids, or one that matches nothing. */
const organizationsOf = (q: FiguresQuery) =>
  listOf(q.organizationIds.length > 0 ? q.organizationIds : ['00000000-0000-0000-0000-000000000000']);

/**
 * `r`: one row per enrolment of the cohort (`outcomeRecordsOf`'s records) with its current exit and
 * what every measure reads of it: the counting unit's key `u`, whether it entered (`entered`) or
 * exited (`exited`) in the period, the exclusion family, training during participation, and the
 * second and fourth quarters after the exit's quarter (`quarterAfter`: calendar quarters, ends included).
 */
export function recordsCte(db: Executor, q: FiguresQuery): RawBuilder<unknown> {
  const cohort = programCohortQuery(db, q.programId, q.organizationIds, q.period.to);
  const unitKey =
    // A person's id stays a uuid (hashed and compared faster than its text).
    // Files of one person in several organizations share a counting key (migration 0072). A file
    // merged into another of its organization counts as the kept file (`mf`, docs/duplicates.md);
    // alone in its household, it counts as the kept file's (the twin of outcome-records.ts).
    q.unit === 'household'
      ? sql`coalesce(CASE WHEN c.household_key IS NULL OR c.household_key = c.person_id::text
          THEN mf.kept_person_id::text END, c.household_key, c.counting_key::text, c.person_id::text)`
      : sql`coalesce(mf.kept_counted_as, c.counting_key, c.person_id)`;
  // The cohort's recognition cases (recognition's query of its tables, over the programs module's
  // query of the cohort's people): the twin of outcome-records.ts's inTraining and credentials.
  const recognition = recognitionCasesQuery(
    db,
    programCohortPersonIds(db, q.programId, q.organizationIds, q.period.to),
  );
  const quarter = (months: number) =>
    sql`(date_trunc('quarter', x.exit_on::timestamp) + make_interval(months => ${months}::int))::date`;
  return sql`r AS MATERIALIZED (
    SELECT c.id, c.person_id, c.organization_id, ${unitKey} AS u, c.enrolled_on,
      c.enrolled_on BETWEEN ${day(q.period.from)} AND ${day(q.period.to)} AS entered,
      coalesce(x.exit_on BETWEEN ${day(q.period.from)} AND ${day(q.period.to)}, false) AS exited,
      x.outcome, x.exit_on, x.verdict, x.rule_version, x.credential_obtained_on,
      coalesce(x.credential_name, '') <> '' AS credential_named,
      x.exit_on IS NOT NULL AND EXISTS (SELECT 1 FROM (${recognition}) k WHERE k.person_id = c.person_id
        AND k.credential_obtained_on BETWEEN c.enrolled_on AND (x.exit_on + interval '1 year')::date)
        AS credential_recognised,
      coalesce(x.outcome IN (${listOf(defaultExclusions)}), false) AS excluded_outcome,
      coalesce(x.outcome IN (${listOf(trainingOutcomes)}) OR coalesce(x.credential_name, '') <> ''
        OR x.evidence_kind = 'training', false)
        OR EXISTS (SELECT 1 FROM (${recognition}) k WHERE k.person_id = c.person_id
          AND (x.exit_on IS NULL OR k.started_on <= x.exit_on)
          AND (k.ended_on IS NULL OR k.ended_on >= c.enrolled_on)) AS in_training,
      ${quarter(6)} AS q2s, ${quarter(9)} - 1 AS q2e, ${quarter(12)} AS q4s, ${quarter(15)} - 1 AS q4e
    FROM (${cohort}) c
    LEFT JOIN (${mergedFilesCountedAs(db)}) mf ON mf.merged_person_id = c.person_id
    LEFT JOIN enrolment_exits x ON x.enrolment_id = c.id AND x.program_id = ${q.programId}
      AND x.organization_id IN (${organizationsOf(q)}) AND x.superseded_at IS NULL
  )`;
}

/**
 * `j`: the contracts of the cohort's people (placements' spells: last day with renewals, quarterly
 * wage), with `unsub`: a contract the program does not pay for (outcome-records.ts's subsidised types).
 */
export function jobsCte(db: Executor, q: FiguresQuery): RawBuilder<unknown> {
  // The cohort's people as a subquery of the programs module (a query of its tables, which the
  // planner can estimate and hash; never a list of ids).
  const people: PersonIdQuery = programCohortPersonIds(db, q.programId, q.organizationIds, q.period.to);
  return sql`j AS MATERIALIZED (
    SELECT s.*, s.contract_type NOT IN ('siae_insertion', 'subsidised') AS unsub FROM (${jobSpellsQuery(db, people)}) s
  )`;
}

/** A follow-up answered by `asOf` (a column of `followUpsOf`): what the measures take as known. */
export const answeredBy = (_asOf: string) => sql`f.answered_by`;

/**
 * The follow-ups of the program's organizations joined to the records of `r` (by enrolment), each
 * read once into what the measures ask of it: answered (an answer and its day: `has_answer`), answered
 * by `asOf`, saying employed, saying still in the region.
 */
export const followUpsOf = (q: FiguresQuery) => {
  const answered = sql`(f.status = 'answered' AND f.answer IS NOT NULL AND jsonb_typeof(f.answer) <> 'null'
    AND f.answered_on IS NOT NULL)`;
  return sql`(SELECT f.enrolment_id, f.months, f.status, f.due_on, f.answered_on,
      ${answered} AS has_answer,
      ${answered} AND f.answered_on <= ${day(q.asOf)} AS answered_by,
      coalesce(f.answer->>'employed' = 'true', false) AS employed,
      coalesce(f.answer->>'inRegion' = 'true', false) AS in_region
    FROM exit_follow_ups f
    WHERE f.program_id = ${q.programId} AND f.organization_id IN (${organizationsOf(q)})) f ON f.enrolment_id = r.id`;
};
