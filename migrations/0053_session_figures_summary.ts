import { type Kysely, sql } from 'kysely';

/**
 * Session figures kept as summary tables, written in the same transaction as every roll call,
 * enrolment change, planned, moved or cancelled meeting (src/modules/sessions/adapters/figures-summary.ts),
 * so that a year of a program's figures sums a few rows per series and per participant-month instead
 * of reading every mark. Derived data only: each row can be recomputed from the records (a property
 * test compares them), hence no foreign keys; every key carries the series' organization.
 *
 * - session_figures_series: one row per series, its seats and how many hold one.
 * - session_figures_meetings: one row per meeting with its marks added up (seated participants only).
 * - session_figures_series_months: those rows added up by series and UTC month, held and scheduled
 *   meetings apart (a scheduled meeting counts as held once started): whole months of a period are
 *   read there, its ragged ends and the current month from the meetings' rows.
 * - session_figures_participants: minutes credited to one participant (a person, or a staff member)
 *   at held meetings of one organization's series in one program (the nil uuid: no program), per UTC
 *   day and per UTC month — whole months of a period are read by month, its ragged ends by day.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE session_figures_series (
      organization_id uuid NOT NULL,
      series_id uuid NOT NULL,
      program_id uuid,
      title text NOT NULL,
      capacity int,
      enrolled int NOT NULL,
      PRIMARY KEY (organization_id, series_id)
    )
  `.execute(db);
  await sql`
    CREATE TABLE session_figures_meetings (
      organization_id uuid NOT NULL,
      meeting_id uuid NOT NULL,
      series_id uuid NOT NULL,
      program_id uuid,
      starts_at timestamptz NOT NULL,
      status text NOT NULL,
      duration_minutes int NOT NULL,
      marks int NOT NULL,
      attended_minutes int NOT NULL,
      no_shows int NOT NULL,
      PRIMARY KEY (organization_id, meeting_id)
    )
  `.execute(db);
  await sql`CREATE INDEX session_figures_meetings_organization ON session_figures_meetings (organization_id, starts_at)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_meetings_series ON session_figures_meetings (series_id, starts_at)`.execute(
    db,
  );
  // A refresh finds its rows by meeting or series alone (the write knows the ids, not always the organization).
  await sql`CREATE INDEX session_figures_meetings_meeting ON session_figures_meetings (meeting_id)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_series_series ON session_figures_series (series_id)`.execute(db);
  await sql`CREATE INDEX session_figures_meetings_program ON session_figures_meetings (program_id, starts_at) WHERE program_id IS NOT NULL`.execute(
    db,
  );
  // Marks kept at a meeting put back to 'scheduled' count once it has started: few, read from the records.
  await sql`CREATE INDEX session_figures_meetings_scheduled_marks ON session_figures_meetings (starts_at) WHERE status = 'scheduled' AND marks > 0`.execute(
    db,
  );
  await sql`
    CREATE TABLE session_figures_series_months (
      organization_id uuid NOT NULL,
      series_id uuid NOT NULL,
      month date NOT NULL,
      program_id uuid,
      meetings int NOT NULL,
      held_meetings int NOT NULL,
      held_minutes int NOT NULL,
      held_attended_minutes int NOT NULL,
      held_marks int NOT NULL,
      held_no_shows int NOT NULL,
      scheduled_meetings int NOT NULL,
      scheduled_minutes int NOT NULL,
      scheduled_attended_minutes int NOT NULL,
      scheduled_marks int NOT NULL,
      scheduled_no_shows int NOT NULL,
      PRIMARY KEY (organization_id, series_id, month)
    )
  `.execute(db);
  await sql`CREATE INDEX session_figures_series_months_series ON session_figures_series_months (series_id, month)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_series_months_organization ON session_figures_series_months (organization_id, month)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_series_months_program ON session_figures_series_months (program_id, month) WHERE program_id IS NOT NULL`.execute(
    db,
  );
  await sql`
    CREATE TABLE session_figures_participants (
      organization_id uuid NOT NULL,
      program_id uuid NOT NULL,
      participant_id uuid NOT NULL,
      span text NOT NULL CHECK (span IN ('day', 'month')),
      starts_on date NOT NULL,
      marks int NOT NULL,
      attended_minutes int NOT NULL,
      PRIMARY KEY (organization_id, program_id, participant_id, span, starts_on)
    )
  `.execute(db);
  await sql`CREATE INDEX session_figures_participants_organization ON session_figures_participants (organization_id, span, starts_on) INCLUDE (participant_id, marks, attended_minutes)`.execute(
    db,
  );
  await sql`CREATE INDEX session_figures_participants_program ON session_figures_participants (program_id, span, starts_on) INCLUDE (organization_id, participant_id, marks, attended_minutes)`.execute(
    db,
  );
  // Refreshing one participant's rows finds their enrolments and marks without a scan.
  await sql`CREATE INDEX session_enrolments_by_person ON session_enrolments (person_id) WHERE person_id IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX session_attendance_by_enrolment ON session_attendance (enrolment_id)`.execute(db);

  // Backfill from the records, with the same rules as the refresh.
  await sql`
    INSERT INTO session_figures_series (organization_id, series_id, program_id, title, capacity, enrolled)
    SELECT s.organization_id, s.id, s.program_id, s.title, s.capacity,
      (SELECT count(*) FROM session_enrolments e WHERE e.series_id = s.id AND e.status = 'enrolled')::int
    FROM session_series s
  `.execute(db);
  await sql`
    INSERT INTO session_figures_meetings (organization_id, meeting_id, series_id, program_id, starts_at, status,
      duration_minutes, marks, attended_minutes, no_shows)
    SELECT s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      count(e.id)::int,
      coalesce(sum(CASE WHEN e.id IS NULL OR NOT a.live THEN 0
        WHEN a.mark = 'present' THEN m.duration_minutes
        WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
        ELSE 0 END), 0)::int,
      (count(e.id) FILTER (WHERE a.mark = 'unexcused_absence'))::int
    FROM session_meetings m
    JOIN session_series s ON s.id = m.series_id
    LEFT JOIN session_attendance a ON a.meeting_id = m.id
    LEFT JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
    GROUP BY s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes
  `.execute(db);
  await sql`
    INSERT INTO session_figures_series_months
    SELECT organization_id, series_id, date_trunc('month', starts_at AT TIME ZONE 'UTC')::date, program_id, count(*),
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
  for (const span of ['day', 'month'] as const) {
    const startsOn =
      span === 'day'
        ? sql`(m.starts_at AT TIME ZONE 'UTC')::date`
        : sql`date_trunc('month', m.starts_at AT TIME ZONE 'UTC')::date`;
    await sql`
      INSERT INTO session_figures_participants (organization_id, program_id, participant_id, span, starts_on,
        marks, attended_minutes)
      SELECT s.organization_id, coalesce(s.program_id, '00000000-0000-0000-0000-000000000000'::uuid),
        coalesce(e.person_id, e.user_id), ${span}::text, ${startsOn}, count(*)::int,
        sum(CASE WHEN NOT a.live THEN 0
          WHEN a.mark = 'present' THEN m.duration_minutes
          WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
          ELSE 0 END)::int
      FROM session_attendance a
      JOIN session_meetings m ON m.id = a.meeting_id AND m.status = 'held'
      JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
      JOIN session_series s ON s.id = e.series_id
      GROUP BY 1, 2, 3, 5
    `.execute(db);
  }
}
