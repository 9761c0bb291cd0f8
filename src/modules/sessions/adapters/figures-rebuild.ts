import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { credited, insertMeetingRows, noProgram, zonesOf } from './figures-summary.js';
import './tables.js';

/**
 * Every summary row of these organizations recomputed from the records in a few set-based statements,
 * for rows written in bulk rather than through the sessions module (the bench's generator) or to
 * repair: refreshing them meeting by meeting took an hour for 5,000 series. The rules are the refreshes'
 * (figures-summary.ts; migrations 0053 and 0092 filled the tables the same way), days and months the
 * organizations' own; a test rebuilds after random writes and compares.
 */
export async function rebuildOrganizationsFigures(db: Executor, organizationIds: readonly string[]) {
  const ids = [...new Set(organizationIds)].sort();
  if (ids.length === 0) return;
  for (const table of [
    'session_figures_participants',
    'session_figures_series_months',
    'session_figures_meetings',
    'session_figures_series',
  ] as const)
    await db.deleteFrom(table).where('organization_id', 'in', ids).execute();
  await sql`
    INSERT INTO session_figures_series (organization_id, series_id, program_id, title, capacity, enrolled)
    SELECT s.organization_id, s.id, s.program_id, s.title, s.capacity, count(e.id)::int
    FROM session_series s
    LEFT JOIN session_enrolments e ON e.series_id = s.id AND e.status = 'enrolled'
    WHERE s.organization_id IN (${sql.join(ids)})
    GROUP BY s.organization_id, s.id, s.program_id, s.title, s.capacity
  `.execute(db);
  await insertMeetingRows(db, sql`s.organization_id IN (${sql.join(ids)})`, await zonesOf(db, ids));
  // The statements below join the rows just written: without statistics of them (a table emptied or new,
  // as after a bulk load) the planner takes them for a few and joins millions of marks by nested loops.
  await sql`ANALYZE session_figures_meetings`.execute(db);
  await sql`
    INSERT INTO session_figures_series_months
    SELECT organization_id, series_id, date_trunc('month', starts_on)::date, program_id,
      count(*),
      count(*) FILTER (WHERE status = 'held'),
      coalesce(sum(duration_minutes) FILTER (WHERE status = 'held'), 0),
      coalesce(sum(attended_minutes) FILTER (WHERE status = 'held'), 0),
      coalesce(sum(marks) FILTER (WHERE status = 'held'), 0),
      coalesce(sum(no_shows) FILTER (WHERE status = 'held'), 0),
      count(*) FILTER (WHERE status = 'scheduled'),
      coalesce(sum(duration_minutes) FILTER (WHERE status = 'scheduled'), 0),
      coalesce(sum(attended_minutes) FILTER (WHERE status = 'scheduled'), 0),
      coalesce(sum(marks) FILTER (WHERE status = 'scheduled'), 0),
      coalesce(sum(no_shows) FILTER (WHERE status = 'scheduled'), 0)
    FROM session_figures_meetings
    WHERE organization_id IN (${sql.join(ids)})
    GROUP BY organization_id, series_id, 3, program_id
  `.execute(db);
  for (const [span, day] of [
    ['day', sql`fm.starts_on`],
    ['month', sql`date_trunc('month', fm.starts_on)::date`],
  ] as const) {
    await sql`
      INSERT INTO session_figures_participants (organization_id, program_id, participant_id, span, starts_on,
        marks, attended_minutes)
      SELECT s.organization_id, coalesce(s.program_id, ${noProgram}::uuid), coalesce(e.person_id, e.user_id),
        ${span}::text, ${day}, count(*)::int, sum(${credited})::int
      FROM session_attendance a
      JOIN session_meetings m ON m.id = a.meeting_id AND m.status = 'held'
      JOIN session_figures_meetings fm ON fm.meeting_id = m.id
      JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
      JOIN session_series s ON s.id = m.series_id
      WHERE s.organization_id IN (${sql.join(ids)})
      GROUP BY 1, 2, 3, 5
    `.execute(db);
  }
}
