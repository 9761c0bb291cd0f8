/** What other modules may ask of the sessions module. They never read its tables. */

import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from '../people/api.js';
import { signupRepository } from './adapters/signup-repository.js';

export { attendanceOfPeople } from './adapters/report-attendance-repository.js';

/**
 * `attendanceOfPeople` summed per person over the period, as a query to embed (funder reports counted
 * by the database): `person_id`, `minutes`. The same meetings, days in the zone and rule of minutes.
 */
export function attendanceMinutesQuery(
  db: Executor,
  query: { programId: string; personIds: PersonIdQuery; from: string; to: string; timeZone: string },
) {
  const day = sql<string>`to_char(m.starts_at AT TIME ZONE ${query.timeZone}, 'YYYY-MM-DD')`;
  return db
    .selectFrom('session_attendance as a')
    .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('session_series as s', 's.id', 'm.series_id')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .where('s.program_id', '=', query.programId)
    .where('m.status', '=', 'held')
    .where('a.live', '=', true)
    .where('e.person_id', 'in', query.personIds)
    .where('m.starts_at', '>=', sql<Date>`(${query.from}::date - 1)::timestamptz`)
    .where('m.starts_at', '<', sql<Date>`(${query.to}::date + 2)::timestamptz`)
    .where(day, '>=', query.from)
    .where(day, '<=', query.to)
    .select([
      'e.person_id',
      sql<number>`sum(CASE
        WHEN a.mark = 'present' THEN m.duration_minutes
        WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
        ELSE 0 END)::int`.as('minutes'),
    ])
    .groupBy('e.person_id');
}
export * as sessionsPersonData from './person-data.js';
export {
  comingRemoteMeetingsOfPerson,
  type OpenRemoteSeries,
  openRemoteSeries,
  type RemoteMeetingOfPerson,
} from './remote-sessions.js';
export { seriesForExport } from './series-export.js';
export { enrolPersonWithin } from './use-cases/enrol-person-within.js';
export { type JobVisit, personJobVisits } from './use-cases/person-job-visits.js';
export { sessionStaffRoles as sessionEnrolmentRoles } from './use-cases/session-access.js';

/**
 * Information sessions open to the public with a meeting still to come (the Info-Emploi presentations),
 * the next first, each with its organization, presenter and next start: what a region's page shows of
 * its partners' presentations.
 */
export async function upcomingPublicInfoSessions(db: Executor, now: Date) {
  const repo = signupRepository(db);
  const series = await repo.publicInfoSeries(now);
  const meetings = await repo.upcomingMeetings(
    series.map((s) => s.id),
    now,
  );
  return series.map((s) => ({
    id: s.id,
    organizationId: s.organizationId,
    title: s.title,
    presenter: s.presenter,
    nextStartsAt: meetings.find((m) => m.seriesId === s.id)?.startsAt ?? null,
  }));
}
