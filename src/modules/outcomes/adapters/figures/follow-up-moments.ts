import { type RawBuilder, sql } from 'kysely';
import { answeredBy, day, type FiguresQuery } from './records.js';

/** The follow-up moments asked, once each. */
const momentsOf = (q: FiguresQuery) => [...new Set(q.followUpMonths)];

const column = (months: number, what: string) => sql.ref(`m${months}_${what}`);

/**
 * Per record exited in the period (in `fr`), its follow-up at each moment (`followUpSituation`; an
 * enrolment has one follow-up per moment): due (by `asOf`, or answered by then), answered by `asOf`,
 * unreachable, pending, employed among the answered. Cancelled ones are in none of them.
 */
export function followUpMomentColumns(q: FiguresQuery): RawBuilder<unknown> {
  const answered = answeredBy(q.asOf);
  const due = sql`(${answered} OR f.due_on <= ${day(q.asOf)})`;
  return sql.join(
    momentsOf(q).map((months) => {
      const of = sql`f.months = ${months}::int AND f.status <> 'cancelled'`;
      return sql`coalesce(bool_or(${of} AND ${due}), false) AS ${column(months, 'due')},
        coalesce(bool_or(${of} AND ${answered}), false) AS ${column(months, 'answered')},
        coalesce(bool_or(${of} AND ${due} AND NOT ${answered} AND f.status = 'unreachable'), false)
          AS ${column(months, 'unreachable')},
        coalesce(bool_or(${of} AND ${due} AND NOT ${answered} AND f.status <> 'unreachable'), false)
          AS ${column(months, 'pending')},
        coalesce(bool_or(${of} AND ${answered} AND f.employed), false)
          AS ${column(months, 'employed')}`;
    }),
  );
}

/** The counts per moment, summed over the records' follow-ups, one JSON array. */
export function followUpMoments(q: FiguresQuery): {
  ctes: RawBuilder<unknown>[];
  columns: RawBuilder<unknown>;
} {
  const counts = momentsOf(q).map(
    (months) => sql`json_build_object('months', ${months}::int,
      'due', count(*) FILTER (WHERE ${column(months, 'due')}),
      'answered', count(*) FILTER (WHERE ${column(months, 'answered')}),
      'unreachable', count(*) FILTER (WHERE ${column(months, 'unreachable')}),
      'pending', count(*) FILTER (WHERE ${column(months, 'pending')}),
      'employed', count(*) FILTER (WHERE ${column(months, 'employed')}))`,
  );
  const columns =
    counts.length === 0
      ? sql`'[]'::json AS follow_ups`
      : sql`(SELECT json_build_array(${sql.join(counts)}) FROM fr) AS follow_ups`;
  return { ctes: [], columns };
}
