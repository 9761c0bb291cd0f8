import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from '../../people/api.js';
import './tables.js';

interface AttendanceQuery {
  programId: string;
  /** A subquery, never a list: a program may hold more people than a statement binds. */
  personIds: PersonIdQuery;
  from: string;
  to: string;
  timeZone: string;
}

/**
 * The live presences of these people at the program's held meetings whose day, in the time zone
 * given, falls in the period; with the meeting's day and the minutes each presence is credited
 * (less minutes missed: the rule of `attendedMinutes`), to be summed as the caller groups them.
 */
function creditedAttendance(db: Executor, query: AttendanceQuery) {
  const day = sql<string>`to_char(m.starts_at AT TIME ZONE ${query.timeZone}, 'YYYY-MM-DD')`;
  const minutes = sql<number>`sum(CASE
    WHEN a.mark = 'present' THEN m.duration_minutes
    WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
    ELSE 0 END)::int`;
  const rows = db
    .selectFrom('session_attendance as a')
    .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('session_series as s', 's.id', 'm.series_id')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .where('s.program_id', '=', query.programId)
    .where('m.status', '=', 'held')
    .where('a.live', '=', true)
    .where('e.person_id', 'in', query.personIds)
    // A day's bounds in the zone: a little wider in UTC, then the day itself is compared.
    .where('m.starts_at', '>=', sql<Date>`(${query.from}::date - 1)::timestamptz`)
    .where('m.starts_at', '<', sql<Date>`(${query.to}::date + 2)::timestamptz`)
    .where(day, '>=', query.from)
    .where(day, '<=', query.to);
  return { rows, day, minutes };
}

/** Minutes each person was credited at the program's held meetings, by day of meeting in the zone given. */
export function attendanceOfPeople(
  db: Executor,
  query: AttendanceQuery,
): Promise<{ personId: string; on: string; minutes: number }[]> {
  const { rows, day, minutes } = creditedAttendance(db, query);
  return (
    rows
      .select(['e.person_id as personId', day.as('on'), minutes.as('minutes')])
      // By position: the zone is a parameter, so the day's expression is bound anew at each use.
      .groupBy(['e.person_id', sql`2`])
      .execute() as Promise<{ personId: string; on: string; minutes: number }[]>
  );
}

/**
 * The same minutes summed per person over the period, as a query to embed (funder reports counted by
 * the database): `person_id`, `minutes`.
 */
export function attendanceMinutesQuery(db: Executor, query: AttendanceQuery) {
  const { rows, minutes } = creditedAttendance(db, query);
  return rows.select(['e.person_id', minutes.as('minutes')]).groupBy('e.person_id');
}
