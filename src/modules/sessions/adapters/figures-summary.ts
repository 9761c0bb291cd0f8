import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * The session figures' summary tables (migration 0053), refreshed in the transaction of every write
 * that changes them. A refresh recomputes the touched rows from the records rather than adding a
 * difference: after advisory locks on the touched meetings and participants, each later statement
 * reads what concurrent writers committed, so two roll calls of one meeting on two tablets both end up
 * counted. The sessions repository calls these after each write; nothing else writes these tables.
 */

export const noProgram = '00000000-0000-0000-0000-000000000000';

const credited = sql<number>`CASE WHEN NOT a.live THEN 0
  WHEN a.mark = 'present' THEN m.duration_minutes
  WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
  ELSE 0 END`;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const isoMonth = (d: Date) => `${d.toISOString().slice(0, 7)}-01`;

/** Transaction-scoped locks, always taken in one order (meetings, then participants; each sorted). */
async function lockKeys(db: Executor, kind: string, ids: Iterable<string>) {
  const keys = [...new Set(ids)].sort().map((id) => `figures:${kind}:${id}`);
  if (keys.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM (VALUES ${sql.join(
    keys.map((k) => sql`(${k}::text)`),
  )}) AS v (k) ORDER BY k) AS ordered`.execute(db);
}

/** The rows of the meetings `which` selects (over `session_meetings m` and `session_series s`), from the records. */
async function insertMeetingRows(db: Executor, which: RawBuilder<unknown>) {
  await sql`
    INSERT INTO session_figures_meetings (organization_id, meeting_id, series_id, program_id, starts_at, status,
      duration_minutes, marks, attended_minutes, no_shows)
    SELECT s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      count(e.id)::int,
      coalesce(sum(CASE WHEN e.id IS NULL THEN 0 ELSE ${credited} END), 0)::int,
      (count(e.id) FILTER (WHERE a.mark = 'unexcused_absence'))::int
    FROM session_meetings m
    JOIN session_series s ON s.id = m.series_id
    LEFT JOIN session_attendance a ON a.meeting_id = m.id
    LEFT JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
    WHERE ${which}
    GROUP BY s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes
  `.execute(db);
}

/** The series row: its seats, and how many participants hold one. */
export async function refreshSeriesFigures(db: Executor, seriesIds: readonly string[]) {
  const ids = [...new Set(seriesIds)].sort();
  if (ids.length === 0) return;
  await lockKeys(db, 'series', ids);
  await db.deleteFrom('session_figures_series').where('series_id', 'in', ids).execute();
  await sql`
    INSERT INTO session_figures_series (organization_id, series_id, program_id, title, capacity, enrolled)
    SELECT s.organization_id, s.id, s.program_id, s.title, s.capacity,
      (SELECT count(*) FROM session_enrolments e WHERE e.series_id = s.id AND e.status = 'enrolled')::int
    FROM session_series s WHERE s.id IN (${sql.join(ids)})
  `.execute(db);
}

/**
 * The rows of these meetings, and the day and month rows of every participant marked at them (only
 * those among `enrolmentIds` when given) — on the meeting's day before and after the write.
 */
export async function refreshMeetingFigures(
  db: Executor,
  meetingIds: readonly string[],
  enrolmentIds?: readonly string[],
) {
  const ids = [...new Set(meetingIds)].sort();
  if (ids.length === 0) return;
  await lockKeys(db, 'meeting', ids);
  const before = await db
    .selectFrom('session_figures_meetings')
    .select(['meeting_id as meetingId', 'starts_at as startsAt'])
    .where('meeting_id', 'in', ids)
    .execute();
  await db.deleteFrom('session_figures_meetings').where('meeting_id', 'in', ids).execute();
  await insertMeetingRows(db, sql`m.id IN (${sql.join(ids)})`);

  // The series' month rows of these meetings, before and after the write.
  const after = await db
    .selectFrom('session_figures_meetings')
    .select(['meeting_id as meetingId', 'series_id as seriesId', 'starts_at as startsAt'])
    .where('meeting_id', 'in', ids)
    .execute();
  const months = new Map<string, { seriesId: string; month: string }>();
  for (const m of after) {
    for (const startsAt of [m.startsAt, before.find((b) => b.meetingId === m.meetingId)?.startsAt]) {
      if (startsAt)
        months.set(`${m.seriesId}|${isoMonth(startsAt)}`, {
          seriesId: m.seriesId,
          month: isoMonth(startsAt),
        });
    }
  }
  await refreshSeriesMonths(db, [...months.values()]);

  // Every participant marked at these meetings, seated or not (a withdrawal takes their minutes away).
  let marked = db
    .selectFrom('session_attendance as a')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
    .innerJoin('session_series as s', 's.id', 'm.series_id')
    .select([
      'a.meeting_id as meetingId',
      sql<string>`coalesce(e.person_id, e.user_id)`.as('participantId'),
      's.organization_id as organizationId',
      's.program_id as programId',
      'm.starts_at as startsAt',
    ])
    .where('a.meeting_id', 'in', ids);
  if (enrolmentIds) {
    if (enrolmentIds.length === 0) return;
    marked = marked.where('a.enrolment_id', 'in', [...enrolmentIds]);
  }
  const rows = await marked.execute();
  const previous = new Map(before.map((b) => [b.meetingId, b.startsAt]));
  const keys = new Map<string, ParticipantKey>();
  for (const row of rows) {
    for (const startsAt of [row.startsAt, previous.get(row.meetingId)]) {
      if (!startsAt) continue;
      for (const [span, startsOn] of [
        ['day', isoDay(startsAt)],
        ['month', isoMonth(startsAt)],
      ] as const) {
        const key: ParticipantKey = {
          organizationId: row.organizationId,
          programId: row.programId ?? noProgram,
          participantId: row.participantId,
          span,
          startsOn,
        };
        keys.set(Object.values(key).join('|'), key);
      }
    }
  }
  await refreshParticipantFigures(db, [...keys.values()]);
}

async function refreshSeriesMonths(db: Executor, keys: readonly { seriesId: string; month: string }[]) {
  if (keys.length === 0) return;
  await lockKeys(
    db,
    'series-month',
    keys.map((k) => `${k.seriesId}:${k.month}`),
  );
  const values = sql`(VALUES ${sql.join(keys.map((k) => sql`(${k.seriesId}::uuid, ${k.month}::date)`))}) AS k (series_id, month)`;
  await sql`
    DELETE FROM session_figures_series_months sm USING ${values}
    WHERE sm.series_id = k.series_id AND sm.month = k.month
  `.execute(db);
  await sql`
    INSERT INTO session_figures_series_months
    SELECT fm.organization_id, fm.series_id, k.month, fm.program_id, count(*),
      count(*) FILTER (WHERE fm.status = 'held'),
      coalesce(sum(fm.duration_minutes) FILTER (WHERE fm.status = 'held'), 0),
      coalesce(sum(fm.attended_minutes) FILTER (WHERE fm.status = 'held'), 0),
      coalesce(sum(fm.marks) FILTER (WHERE fm.status = 'held'), 0),
      coalesce(sum(fm.no_shows) FILTER (WHERE fm.status = 'held'), 0),
      count(*) FILTER (WHERE fm.status = 'scheduled'),
      coalesce(sum(fm.duration_minutes) FILTER (WHERE fm.status = 'scheduled'), 0),
      coalesce(sum(fm.attended_minutes) FILTER (WHERE fm.status = 'scheduled'), 0),
      coalesce(sum(fm.marks) FILTER (WHERE fm.status = 'scheduled'), 0),
      coalesce(sum(fm.no_shows) FILTER (WHERE fm.status = 'scheduled'), 0)
    FROM ${values}
    JOIN session_figures_meetings fm ON fm.series_id = k.series_id
      AND fm.starts_at >= (k.month::timestamp AT TIME ZONE 'UTC')
      AND fm.starts_at < ((k.month + interval '1 month')::timestamp AT TIME ZONE 'UTC')
    GROUP BY fm.organization_id, fm.series_id, k.month, fm.program_id
  `.execute(db);
}

interface ParticipantKey {
  organizationId: string;
  programId: string;
  participantId: string;
  span: 'day' | 'month';
  startsOn: string;
}

/**
 * Keys per statement: a write that touches many meetings (a long series moved, a bulk load) gives tens of
 * thousands of participant days and months, more parameters than one statement may bind (65,535).
 */
const participantKeysPerStatement = 1_000;

/**
 * In participant order, so that the advisory locks are taken in one global order across the chunks
 * (two writes never wait on each other's locks in a cycle).
 */
async function refreshParticipantFigures(db: Executor, keys: readonly ParticipantKey[]) {
  const ordered = [...keys].sort((a, b) =>
    a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
  );
  for (let i = 0; i < ordered.length; i += participantKeysPerStatement)
    await refreshParticipantFiguresOf(db, ordered.slice(i, i + participantKeysPerStatement));
}

async function refreshParticipantFiguresOf(db: Executor, keys: readonly ParticipantKey[]) {
  if (keys.length === 0) return;
  await lockKeys(
    db,
    'participant',
    keys.map((k) => k.participantId),
  );
  const keyOf = (k: Omit<ParticipantKey, 'span' | 'startsOn'>, span: string, startsOn: string) =>
    `${k.organizationId}|${k.programId}|${k.participantId}|${span}|${startsOn}`;
  const totals = new Map(
    keys.map((k) => [keyOf(k, k.span, k.startsOn), { key: k, marks: 0, attendedMinutes: 0 }]),
  );
  // The participants' seated enrolments, then their marks at held meetings of the keys' window, added up
  // here: two index reads, whatever the number of keys (a join per key let the planner scan every meeting).
  const participantIds = [...new Set(keys.map((k) => k.participantId))];
  const seated = await db
    .selectFrom('session_enrolments')
    .select(['id', sql<string>`coalesce(person_id, user_id)`.as('participantId')])
    .where((eb) => eb.or([eb('person_id', 'in', participantIds), eb('user_id', 'in', participantIds)]))
    .where('status', '=', 'enrolled')
    .execute();
  const days = keys.map((k) => k.startsOn).sort();
  const windowFrom = new Date(`${days[0]}T00:00:00Z`);
  const last = new Date(`${days.at(-1)}T00:00:00Z`);
  const windowTo = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1));
  const participantOf = new Map(seated.map((e) => [e.id, e.participantId]));
  const marked =
    seated.length === 0
      ? []
      : await db
          .selectFrom('session_attendance as a')
          .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
          .innerJoin('session_series as s', 's.id', 'm.series_id')
          .select([
            'a.enrolment_id as enrolmentId',
            'a.mark',
            'a.live',
            'a.minutes_missed as minutesMissed',
            'm.duration_minutes as durationMinutes',
            'm.starts_at as startsAt',
            's.organization_id as organizationId',
            's.program_id as programId',
          ])
          .where(
            'a.enrolment_id',
            'in',
            seated.map((e) => e.id),
          )
          .where('m.status', '=', 'held')
          .where('m.starts_at', '>=', windowFrom)
          .where('m.starts_at', '<', windowTo)
          .execute();
  for (const row of marked) {
    const participantId = participantOf.get(row.enrolmentId) as string;
    const owner = {
      organizationId: row.organizationId,
      programId: row.programId ?? noProgram,
      participantId,
    };
    const minutes = !row.live
      ? 0
      : row.mark === 'present'
        ? row.durationMinutes
        : row.mark === 'late' || row.mark === 'left_early'
          ? row.durationMinutes - row.minutesMissed
          : 0;
    for (const key of [
      keyOf(owner, 'day', isoDay(row.startsAt)),
      keyOf(owner, 'month', isoMonth(row.startsAt)),
    ]) {
      const total = totals.get(key);
      if (!total) continue;
      total.marks += 1;
      total.attendedMinutes += minutes;
    }
  }
  const values: RawBuilder<unknown> = sql`(VALUES ${sql.join(
    keys.map(
      (k) =>
        sql`(${k.organizationId}::uuid, ${k.programId}::uuid, ${k.participantId}::uuid, ${k.span}::text, ${k.startsOn}::date)`,
    ),
  )}) AS k (organization_id, program_id, participant_id, span, starts_on)`;
  await sql`
    DELETE FROM session_figures_participants p USING ${values}
    WHERE p.organization_id = k.organization_id AND p.program_id = k.program_id
      AND p.participant_id = k.participant_id AND p.span = k.span AND p.starts_on = k.starts_on
  `.execute(db);
  const rows = [...totals.values()].filter((t) => t.marks > 0);
  if (rows.length === 0) return;
  await db
    .insertInto('session_figures_participants')
    .values(
      rows.map(({ key, marks, attendedMinutes }) => ({
        organization_id: key.organizationId,
        program_id: key.programId,
        participant_id: key.participantId,
        span: key.span,
        starts_on: key.startsOn,
        marks,
        attended_minutes: attendedMinutes,
      })),
    )
    .execute();
}

/** After a change of these enrolments' status: the series' seats, and their marks counted or not. */
export async function refreshEnrolmentFigures(db: Executor, enrolmentIds: readonly string[]) {
  if (enrolmentIds.length === 0) return;
  const ids = [...enrolmentIds];
  const [series, meetings] = await Promise.all([
    db.selectFrom('session_enrolments').select('series_id').where('id', 'in', ids).execute(),
    db.selectFrom('session_attendance').select('meeting_id').where('enrolment_id', 'in', ids).execute(),
  ]);
  await refreshSeriesFigures(
    db,
    series.map((s) => s.series_id),
  );
  await refreshMeetingFigures(
    db,
    meetings.map((m) => m.meeting_id),
    ids,
  );
}

/**
 * Every summary row of these organizations recomputed from the records in a few set-based statements,
 * for rows written in bulk rather than through the sessions module (the bench's generator) or to
 * repair: refreshing them meeting by meeting took an hour for 5,000 series. The rules are the refreshes'
 * above (migration 0053 backfilled the same way); a test rebuilds after random writes and compares.
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
  await insertMeetingRows(db, sql`s.organization_id IN (${sql.join(ids)})`);
  await sql`
    INSERT INTO session_figures_series_months
    SELECT organization_id, series_id, date_trunc('month', starts_at AT TIME ZONE 'UTC')::date, program_id,
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
  for (const [span, startsOn] of [
    ['day', sql`(m.starts_at AT TIME ZONE 'UTC')::date`],
    ['month', sql`date_trunc('month', m.starts_at AT TIME ZONE 'UTC')::date`],
  ] as const) {
    await sql`
      INSERT INTO session_figures_participants (organization_id, program_id, participant_id, span, starts_on,
        marks, attended_minutes)
      SELECT s.organization_id, coalesce(s.program_id, ${noProgram}::uuid), coalesce(e.person_id, e.user_id),
        ${span}::text, ${startsOn}, count(*)::int, sum(${credited})::int
      FROM session_attendance a
      JOIN session_meetings m ON m.id = a.meeting_id AND m.status = 'held'
      JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
      JOIN session_series s ON s.id = m.series_id
      WHERE s.organization_id IN (${sql.join(ids)})
      GROUP BY 1, 2, 3, 5
    `.execute(db);
  }
}
