import { type RawBuilder, sql } from 'kysely';
import { followUpMomentColumns } from './follow-up-moments.js';
import { answeredBy, day, type FiguresQuery, followUpsOf } from './records.js';

/** A spell of `j` sharing a day with the quarter `qs`–`qe` of the record (`overlaps`). */
const overlapsQuarter = (qs: string, qe: string) =>
  sql`(j.starts_on <= r.${sql.ref(qe)} AND (j.ends_on IS NULL OR j.ends_on >= r.${sql.ref(qs)}))`;

/**
 * `jr`: per record that exited or entered in the period, what its person's contracts say —
 * `employedDuring`'s contract half for the 2nd and 4th quarters after exit, the 2nd quarter's wage
 * (`quarterWageCents`: each unsubsidized contract prorated to the days it covers, summed, unknown
 * when one has no wage; summed in any order — the pure function sums in the contracts' order, and
 * doubles summed otherwise differ in the last bit, which moves the rounded cent only when the sum
 * lies within that bit of a half cent) and the days from entry to the first contract
 * started on or after entry and by `asOf` (`daysToFirstJob`).
 */
export function jobsOfRecordsCte(q: FiguresQuery): RawBuilder<unknown> {
  const q2 = overlapsQuarter('q2s', 'q2e');
  const prorated = sql`j.quarterly_wage_cents::float8
    * (least(coalesce(j.ends_on, r.q2e), r.q2e) - greatest(j.starts_on, r.q2s) + 1) / (r.q2e - r.q2s + 1)`;
  return sql`jr AS (
    SELECT r.id,
      bool_or(j.unsub AND ${q2}) AS q2_job,
      bool_or(j.unsub AND ${overlapsQuarter('q4s', 'q4e')}) AS q4_job,
      bool_or(j.unsub AND ${q2} AND j.quarterly_wage_cents IS NULL) AS q2_wage_unknown,
      sum(CASE WHEN j.unsub AND ${q2} THEN ${prorated} END) AS q2_wage,
      min(j.starts_on - r.enrolled_on)
        FILTER (WHERE j.starts_on >= r.enrolled_on AND j.starts_on <= ${day(q.asOf)}) AS days_to_job
    FROM r JOIN j ON j.person_id = r.person_id
    WHERE r.exited OR r.entered
    GROUP BY r.id
  )`;
}

/** An answered follow-up (whenever answered) whose answer came within the record's quarter (`answersWithin`). */
const answeredWithin = (qs: string, qe: string) =>
  sql`(f.has_answer AND f.answered_on BETWEEN r.${sql.ref(qs)} AND r.${sql.ref(qe)})`;

/** One retention moment's follow-up (`find(months === M)`): its status, due day, and answer by `asOf`. */
const moment = (q: FiguresQuery, months: number) => {
  const of = sql`f.months = ${months}::int`;
  return sql`max(f.status) FILTER (WHERE ${of}) AS ${sql.ref(`f${months}_status`)},
      max(f.due_on) FILTER (WHERE ${of}) AS ${sql.ref(`f${months}_due`)},
      coalesce(bool_or(${answeredBy(q.asOf)}) FILTER (WHERE ${of}), false) AS ${sql.ref(`f${months}_answered`)},
      coalesce(bool_or(${answeredBy(q.asOf)} AND f.in_region) FILTER (WHERE ${of}), false)
        AS ${sql.ref(`f${months}_in_region`)}`;
};

/**
 * `fr`: per record exited in the period, what its follow-ups say — `employedDuring`'s answer half for
 * the 2nd and 4th quarters, the follow-ups marked unreachable that fell due within them, and the 6- and
 * 12-month moments retention in the region reads.
 */
export function followUpsOfRecordsCte(q: FiguresQuery): RawBuilder<unknown> {
  const q2 = answeredWithin('q2s', 'q2e');
  const q4 = answeredWithin('q4s', 'q4e');
  return sql`fr AS (
    SELECT r.id,
      bool_or(${q2} AND f.employed) AS q2_said_employed,
      bool_or(${q4} AND f.employed) AS q4_said_employed,
      bool_or(f.status = 'unreachable' AND f.due_on BETWEEN r.q2s AND r.q2e) AS q2_unreachable,
      bool_or(f.status = 'unreachable' AND f.due_on BETWEEN r.q4s AND r.q4e) AS q4_unreachable,
      ${moment(q, 6)},
      ${moment(q, 12)},
      ${followUpMomentColumns(q)}
    FROM r JOIN ${followUpsOf(q)}
    WHERE r.exited
    GROUP BY r.id
  )`;
}
