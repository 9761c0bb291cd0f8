import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from '../../people/api.js';
import './tables.js';

/**
 * Minutes each person was credited at the program's held meetings, by day of meeting in the time
 * zone given (live presence only, less minutes missed: the rule of `attendedMinutes`).
 */
export function attendanceOfPeople(
  db: Executor,
  query: {
    programId: string;
    /** A subquery, never a list: a program may hold more people than a statement binds. */
    personIds: PersonIdQuery;
    from: string;
    to: string;
    timeZone: string;
  },
): Promise<{ personId: string; on: string; minutes: number }[]> {
  const day = sql<string>`to_char(m.starts_at AT TIME ZONE ${query.timeZone}, 'YYYY-MM-DD')`;
  return (
    db
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
      .where(day, '<=', query.to)
      .select([
        'e.person_id as personId',
        day.as('on'),
        sql<number>`sum(CASE
        WHEN a.mark = 'present' THEN m.duration_minutes
        WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
        ELSE 0 END)::int`.as('minutes'),
      ])
      // By position: the zone is a parameter, so the day's expression is bound anew at each use.
      .groupBy(['e.person_id', sql`2`])
      .execute() as Promise<{ personId: string; on: string; minutes: number }[]>
  );
}
