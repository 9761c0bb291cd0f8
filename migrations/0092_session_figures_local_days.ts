import { type Kysely, sql } from 'kysely';

/**
 * Session figures by the organization's days (docs/performance-figures.md). The summary tables of 0053
 * keyed meetings and participants by UTC day and month: a workshop at 20:00 in Montréal on 31 January
 * counted in February. A meeting's row now keeps the day it starts on in its organization's zone
 * (`starts_on`), which periods compare, and the series' months and the participants' days and months
 * are those days and their months. Every row is recomputed from the records here, with the rules of
 * the sessions module's rebuild at this version (frozen: this migration must not follow later code).
 * An organization found nowhere counts in UTC, as the application's default zone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE session_figures_meetings ADD COLUMN starts_on date`.execute(db);
  for (const index of [
    'session_figures_meetings_organization',
    'session_figures_meetings_series',
    'session_figures_meetings_program',
  ])
    await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
  for (const table of [
    'session_figures_participants',
    'session_figures_series_months',
    'session_figures_meetings',
    'session_figures_series',
  ])
    await sql`DELETE FROM ${sql.table(table)}`.execute(db);

  await sql`
    INSERT INTO session_figures_series (organization_id, series_id, program_id, title, capacity, enrolled)
    SELECT s.organization_id, s.id, s.program_id, s.title, s.capacity, count(e.id)::int
    FROM session_series s
    LEFT JOIN session_enrolments e ON e.series_id = s.id AND e.status = 'enrolled'
    GROUP BY s.organization_id, s.id, s.program_id, s.title, s.capacity
  `.execute(db);
  await sql`
    INSERT INTO session_figures_meetings (organization_id, meeting_id, series_id, program_id, starts_at, status,
      duration_minutes, marks, attended_minutes, no_shows, starts_on)
    SELECT s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      count(e.id)::int,
      coalesce(sum(CASE WHEN e.id IS NULL OR NOT a.live THEN 0
        WHEN a.mark = 'present' THEN m.duration_minutes
        WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
        ELSE 0 END), 0)::int,
      (count(e.id) FILTER (WHERE a.mark = 'unexcused_absence'))::int,
      (m.starts_at AT TIME ZONE coalesce(o.time_zone, 'UTC'))::date
    FROM session_meetings m
    JOIN session_series s ON s.id = m.series_id
    LEFT JOIN organizations o ON o.id = s.organization_id
    LEFT JOIN session_attendance a ON a.meeting_id = m.id
    LEFT JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
    GROUP BY s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      o.time_zone
  `.execute(db);
  await sql`ALTER TABLE session_figures_meetings ALTER COLUMN starts_on SET NOT NULL`.execute(db);
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
    GROUP BY organization_id, series_id, 3, program_id
  `.execute(db);
  for (const [span, day] of [
    ['day', sql`fm.starts_on`],
    ['month', sql`date_trunc('month', fm.starts_on)::date`],
  ] as const)
    await sql`
      INSERT INTO session_figures_participants (organization_id, program_id, participant_id, span, starts_on,
        marks, attended_minutes)
      SELECT s.organization_id, coalesce(s.program_id, '00000000-0000-0000-0000-000000000000'::uuid),
        coalesce(e.person_id, e.user_id), ${span}::text, ${day}, count(*)::int,
        sum(CASE WHEN NOT a.live THEN 0
          WHEN a.mark = 'present' THEN m.duration_minutes
          WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
          ELSE 0 END)::int
      FROM session_attendance a
      JOIN session_meetings m ON m.id = a.meeting_id AND m.status = 'held'
      JOIN session_figures_meetings fm ON fm.meeting_id = m.id
      JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
      JOIN session_series s ON s.id = m.series_id
      GROUP BY 1, 2, 3, 5
    `.execute(db);

  // Periods are read by day now: the indexes of 0053 on the instant, by day.
  await sql`CREATE INDEX session_figures_meetings_organization ON session_figures_meetings (organization_id, starts_on)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_meetings_series ON session_figures_meetings (series_id, starts_on)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_meetings_program ON session_figures_meetings (program_id, starts_on) WHERE program_id IS NOT NULL`.execute(
    db,
  );
}
