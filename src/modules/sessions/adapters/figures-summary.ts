import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import { DEFAULT_TIME_ZONE } from '../../../core/time-zone.js';
import { organizationsApi } from '../../organizations/api.js';
import './tables.js';

/**
 * The session figures' summary tables (migration 0053), refreshed in the transaction of every write
 * that changes them. A refresh recomputes the touched rows from the records rather than adding a
 * difference: after advisory locks on the touched meetings and participants, each later statement
 * reads what concurrent writers committed, so two roll calls of one meeting on two tablets both end up
 * counted. The sessions repository calls these after each write; nothing else writes these tables.
 * Days and months are the organization's (its time zone, migration 0092): a meeting's row keeps the
 * day it starts on there, computed here once, so that reading a period compares days and converts
 * nothing.
 */

export const noProgram = '00000000-0000-0000-0000-000000000000';

export const credited = sql<number>`CASE WHEN NOT a.live THEN 0
  WHEN a.mark = 'present' THEN m.duration_minutes
  WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
  ELSE 0 END`;

const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The organizations' zones as a table `z (organization_id, time_zone)` to join (UTC for one not found). */
export async function zonesOf(
  db: Executor,
  organizationIds: readonly string[],
): Promise<RawBuilder<unknown>> {
  const ids = [...new Set(organizationIds)];
  const found = new Map(
    (await organizationsApi(db).listOrganizations(ids)).map((o) => [o.id, o.timeZone] as const),
  );
  const rows = ids.map((id) => sql`(${id}::uuid, ${found.get(id) ?? DEFAULT_TIME_ZONE}::text)`);
  if (rows.length === 0) rows.push(sql`(NULL::uuid, ${DEFAULT_TIME_ZONE}::text)`);
  return sql`(VALUES ${sql.join(rows)}) AS z (organization_id, time_zone)`;
}

/** Transaction-scoped locks, always taken in one order (meetings, then participants; each sorted). */
async function lockKeys(db: Executor, kind: string, ids: Iterable<string>) {
  const keys = [...new Set(ids)].sort().map((id) => `figures:${kind}:${id}`);
  if (keys.length === 0) return;
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM (VALUES ${sql.join(
    keys.map((k) => sql`(${k}::text)`),
  )}) AS v (k) ORDER BY k) AS ordered`.execute(db);
}

/**
 * The rows of the meetings `which` selects (over `session_meetings m` and `session_series s`), from the
 * records, each with the day it starts on in its organization's zone (`zones`: every organization concerned).
 */
export async function insertMeetingRows(
  db: Executor,
  which: RawBuilder<unknown>,
  zones: RawBuilder<unknown>,
) {
  await sql`
    INSERT INTO session_figures_meetings (organization_id, meeting_id, series_id, program_id, starts_at, status,
      duration_minutes, marks, attended_minutes, no_shows, starts_on)
    SELECT s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      count(e.id)::int,
      coalesce(sum(CASE WHEN e.id IS NULL THEN 0 ELSE ${credited} END), 0)::int,
      (count(e.id) FILTER (WHERE a.mark = 'unexcused_absence'))::int,
      (m.starts_at AT TIME ZONE z.time_zone)::date
    FROM session_meetings m
    JOIN session_series s ON s.id = m.series_id
    JOIN ${zones} ON z.organization_id = s.organization_id
    LEFT JOIN session_attendance a ON a.meeting_id = m.id
    LEFT JOIN session_enrolments e ON e.id = a.enrolment_id AND e.status = 'enrolled'
    WHERE ${which}
    GROUP BY s.organization_id, m.id, m.series_id, s.program_id, m.starts_at, m.status, m.duration_minutes,
      z.time_zone
  `.execute(db);
}

const startsOn = sql<string>`fm.starts_on::text`;

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
    .selectFrom('session_figures_meetings as fm')
    .select(['fm.meeting_id as meetingId', startsOn.as('startsOn')])
    .where('fm.meeting_id', 'in', ids)
    .execute();
  await db.deleteFrom('session_figures_meetings').where('meeting_id', 'in', ids).execute();
  const organizations = await db
    .selectFrom('session_meetings as m')
    .innerJoin('session_series as s', 's.id', 'm.series_id')
    .select('s.organization_id as organizationId')
    .distinct()
    .where('m.id', 'in', ids)
    .execute();
  await insertMeetingRows(
    db,
    sql`m.id IN (${sql.join(ids)})`,
    await zonesOf(
      db,
      organizations.map((o) => o.organizationId),
    ),
  );

  // The series' month rows of these meetings, before and after the write.
  const after = await db
    .selectFrom('session_figures_meetings as fm')
    .select(['fm.meeting_id as meetingId', 'fm.series_id as seriesId', startsOn.as('startsOn')])
    .where('fm.meeting_id', 'in', ids)
    .execute();
  const previous = new Map(before.map((b) => [b.meetingId, b.startsOn]));
  const months = new Map<string, { seriesId: string; month: string }>();
  for (const m of after) {
    for (const day of [m.startsOn, previous.get(m.meetingId)]) {
      if (day) months.set(`${m.seriesId}|${monthOf(day)}`, { seriesId: m.seriesId, month: monthOf(day) });
    }
  }
  await refreshSeriesMonths(db, [...months.values()]);

  // Every participant marked at these meetings, seated or not (a withdrawal takes their minutes away).
  let marked = db
    .selectFrom('session_attendance as a')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .innerJoin('session_figures_meetings as fm', 'fm.meeting_id', 'a.meeting_id')
    .select([
      'a.meeting_id as meetingId',
      sql<string>`coalesce(e.person_id, e.user_id)`.as('participantId'),
      'fm.organization_id as organizationId',
      'fm.program_id as programId',
      startsOn.as('startsOn'),
    ])
    .where('a.meeting_id', 'in', ids);
  if (enrolmentIds) {
    if (enrolmentIds.length === 0) return;
    marked = marked.where('a.enrolment_id', 'in', [...enrolmentIds]);
  }
  const rows = await marked.execute();
  const keys = new Map<string, ParticipantKey>();
  for (const row of rows) {
    for (const day of [row.startsOn, previous.get(row.meetingId)]) {
      if (!day) continue;
      for (const [span, keyDay] of [
        ['day', day],
        ['month', monthOf(day)],
      ] as const) {
        const key: ParticipantKey = {
          organizationId: row.organizationId,
          programId: row.programId ?? noProgram,
          participantId: row.participantId,
          span,
          startsOn: keyDay,
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
      AND fm.starts_on >= k.month AND fm.starts_on < (k.month + interval '1 month')::date
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
  const last = new Date(`${days.at(-1)}T00:00:00Z`);
  const windowTo = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1))
    .toISOString()
    .slice(0, 10);
  const participantOf = new Map(seated.map((e) => [e.id, e.participantId]));
  const marked =
    seated.length === 0
      ? []
      : // The meetings' own rows of the summary (refreshed with every write of a meeting, these ones just
        // before) give their organization, program, status and length: no join to the meetings and
        // series, and only the keys' organizations over the window, an index range (a roll call of 30
        // read every meeting of the organization and scanned the meetings table).
        await db
          .selectFrom('session_figures_meetings as fm')
          .innerJoin('session_attendance as a', 'a.meeting_id', 'fm.meeting_id')
          .select([
            'a.enrolment_id as enrolmentId',
            'a.mark',
            'a.live',
            'a.minutes_missed as minutesMissed',
            'fm.duration_minutes as durationMinutes',
            startsOn.as('startsOn'),
            'fm.organization_id as organizationId',
            'fm.program_id as programId',
          ])
          .where('fm.organization_id', 'in', [...new Set(keys.map((k) => k.organizationId))])
          .where('fm.starts_on', '>=', days[0] as string)
          .where('fm.starts_on', '<', windowTo)
          .where('fm.status', '=', 'held')
          .where(
            'a.enrolment_id',
            'in',
            seated.map((e) => e.id),
          )
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
    for (const key of [keyOf(owner, 'day', row.startsOn), keyOf(owner, 'month', monthOf(row.startsOn))]) {
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
