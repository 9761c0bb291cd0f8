import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Executor, Tx } from '../../../core/db/types.js';
import { hoursBands, type PeriodTotals } from '../domain/figures.js';
import {
  attestationsBySeries,
  creditedMinutes,
  type FiguresScope,
  type PeriodFacts,
  type SeriesFigureFacts,
} from './figures-repository.js';
import './tables.js';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The first day of the month of `day` (ISO), or of the next month unless `day` is a first. */
const monthStartOnOrAfter = (day: string) => {
  if (day.endsWith('-01')) return day;
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return isoDay(d);
};
const dayMs = 86_400_000;

/**
 * The period's reading of the summary tables (migration 0053), as two queries not yet run: one row
 * per series with meetings in the period (a few summary rows each: one per whole month, one per
 * meeting at the period's ragged ends and in the month under way), and one row per participant marked
 * at a held meeting (one per whole month, one per day at the ends). A meeting counts as held as the
 * records say: held, or scheduled and started by `now`. Marks kept at a meeting put back to
 * 'scheduled' are not in the participants' rows: those few are read from the records. Days and months
 * are the rows' own (their organization's, kept at write time): a period compares them as they are.
 */
function summaryQueries(db: Executor, scope: FiguresScope, now: Date) {
  const { from: fromDay, to: toDay } = scope;
  type Summary = { fm: Database['session_figures_meetings'] };
  const scoped = (eb: ExpressionBuilder<Summary, 'fm'>) =>
    eb.and([
      ...(scope.organizationId ? [eb('fm.organization_id', '=', scope.organizationId)] : []),
      ...(scope.programId ? [eb('fm.program_id', '=', scope.programId)] : []),
      ...(scope.seriesId ? [eb('fm.series_id', '=', scope.seriesId)] : []),
      eb('fm.starts_on', '>=', fromDay),
      eb('fm.starts_on', '<', toDay),
    ]);
  const held = sql<boolean>`(fm.status = 'held' OR (fm.status = 'scheduled' AND fm.starts_at <= ${now}))`;
  // Whole months (but those under way) from the series' month rows, the rest from the meetings' rows.
  // A month is under way somewhere from a day before it starts in UTC to a day after it ends (zones
  // are UTC-12 to UTC+14): outside those, a month is over or to come everywhere.
  const monthsFrom = monthStartOnOrAfter(fromDay);
  const monthsTo = `${toDay.slice(0, 7)}-01`;
  const underWayFrom = `${isoDay(new Date(now.getTime() - dayMs)).slice(0, 7)}-01`;
  const underWayTo = monthStartOnOrAfter(isoDay(new Date(now.getTime() + 2 * dayMs)));
  // ISO days sort as they fall.
  const earlier = (a: string, b: string) => (a < b ? a : b);
  const later = (a: string, b: string) => (a < b ? b : a);
  const wholeMonths = [
    { from: monthsFrom, to: earlier(monthsTo, underWayFrom) },
    { from: later(monthsFrom, underWayTo), to: monthsTo },
  ].filter((r) => r.from < r.to);
  const byMeetingRows = (range: { from: string; to: string }) =>
    db
      .selectFrom('session_figures_meetings as fm')
      .select([
        'fm.organization_id',
        'fm.series_id',
        sql<number>`count(*)`.as('all_meetings'),
        sql<number>`count(*) FILTER (WHERE ${held})`.as('meetings'),
        sql<number>`coalesce(sum(fm.duration_minutes) FILTER (WHERE ${held}), 0)`.as('minutes'),
        sql<number>`coalesce(sum(fm.attended_minutes) FILTER (WHERE ${held}), 0)`.as('attended_minutes'),
        sql<number>`coalesce(sum(fm.marks) FILTER (WHERE ${held}), 0)`.as('marks'),
        sql<number>`coalesce(sum(fm.no_shows) FILTER (WHERE ${held}), 0)`.as('no_shows'),
      ])
      .$if(scope.organizationId !== null, (q) =>
        q.where('fm.organization_id', '=', scope.organizationId as string),
      )
      .$if(scope.programId !== null, (q) => q.where('fm.program_id', '=', scope.programId as string))
      .$if(scope.seriesId !== null, (q) => q.where('fm.series_id', '=', scope.seriesId as string))
      .where('fm.starts_on', '>=', range.from)
      .where('fm.starts_on', '<', range.to)
      .groupBy(['fm.organization_id', 'fm.series_id']);
  // A past month's scheduled meetings have all started: they count as held; a future month's do not.
  const past = sql<boolean>`(sm.month + interval '1 month') <= ${now}`;
  const byMonthRows = (range: { from: string; to: string }) =>
    db
      .selectFrom('session_figures_series_months as sm')
      .select([
        'sm.organization_id',
        'sm.series_id',
        sql<number>`sum(sm.meetings)`.as('all_meetings'),
        sql<number>`sum(sm.held_meetings + CASE WHEN ${past} THEN sm.scheduled_meetings ELSE 0 END)`.as(
          'meetings',
        ),
        sql<number>`sum(sm.held_minutes + CASE WHEN ${past} THEN sm.scheduled_minutes ELSE 0 END)`.as(
          'minutes',
        ),
        sql<number>`sum(sm.held_attended_minutes + CASE WHEN ${past} THEN sm.scheduled_attended_minutes ELSE 0 END)`.as(
          'attended_minutes',
        ),
        sql<number>`sum(sm.held_marks + CASE WHEN ${past} THEN sm.scheduled_marks ELSE 0 END)`.as('marks'),
        sql<number>`sum(sm.held_no_shows + CASE WHEN ${past} THEN sm.scheduled_no_shows ELSE 0 END)`.as(
          'no_shows',
        ),
      ])
      .$if(scope.organizationId !== null, (q) =>
        q.where('sm.organization_id', '=', scope.organizationId as string),
      )
      .$if(scope.programId !== null, (q) => q.where('sm.program_id', '=', scope.programId as string))
      .$if(scope.seriesId !== null, (q) => q.where('sm.series_id', '=', scope.seriesId as string))
      .where('sm.month', '>=', range.from)
      .where('sm.month', '<', range.to)
      .groupBy(['sm.organization_id', 'sm.series_id']);
  // The meetings' rows cover what the month rows do not: the period's ends and the months under way.
  const meetingRanges: { from: string; to: string }[] = [];
  let cursor = fromDay;
  for (const r of wholeMonths) {
    if (cursor < r.from) meetingRanges.push({ from: cursor, to: r.from });
    cursor = r.to;
  }
  if (cursor < toDay) meetingRanges.push({ from: cursor, to: toDay });
  // Both kinds of part select the same columns; a period always has one (its `to` is after its `from`).
  const [firstPart, ...otherParts] = [
    ...wholeMonths.map((r) => byMonthRows(r) as unknown as ReturnType<typeof byMeetingRows>),
    ...meetingRanges.map(byMeetingRows),
  ] as [ReturnType<typeof byMeetingRows>, ...ReturnType<typeof byMeetingRows>[]];
  const parts = otherParts.reduce((q, part) => q.unionAll(part), firstPart);
  const bySeries = db
    .selectFrom(parts.as('u'))
    .select([
      'u.organization_id',
      'u.series_id',
      sql<number>`sum(u.meetings)::int`.as('meetings'),
      sql<number>`sum(u.minutes)::int`.as('minutes'),
      sql<number>`sum(u.attended_minutes)::int`.as('attended_minutes'),
      sql<number>`sum(u.marks)::int`.as('marks'),
      sql<number>`sum(u.no_shows)::int`.as('no_shows'),
    ])
    .groupBy(['u.organization_id', 'u.series_id'])
    .having(sql`sum(u.all_meetings)`, '>', 0);
  const attestations = attestationsBySeries(db, scope);
  const series = db
    .selectFrom(bySeries.as('h'))
    .innerJoin('session_figures_series as fs', (join) =>
      join.onRef('fs.organization_id', '=', 'h.organization_id').onRef('fs.series_id', '=', 'h.series_id'),
    )
    .leftJoin(attestations.as('att'), 'att.seriesId', 'h.series_id')
    .select([
      'h.series_id as id',
      'fs.title',
      'fs.organization_id as organizationId',
      'fs.capacity',
      'fs.enrolled',
      'h.meetings',
      'h.minutes',
      'h.attended_minutes as attendedMinutes',
      'h.marks',
      'h.no_shows as noShows',
      sql<number>`coalesce(att.n, 0)::int`.as('attestationsIssued'),
    ]);

  // Whole months by month, the days before the first and after the last whole month by day.
  const ranges: { span: 'day' | 'month'; from: string; to: string }[] =
    monthsFrom < monthsTo
      ? [
          { span: 'day', from: fromDay, to: monthsFrom },
          { span: 'month', from: monthsFrom, to: monthsTo },
          { span: 'day', from: monthsTo, to: toDay },
        ]
      : [{ span: 'day', from: fromDay, to: toDay }];
  const participantRows = (range: (typeof ranges)[number]) =>
    db
      .selectFrom('session_figures_participants as p')
      .select([
        'p.participant_id as participantId',
        sql<number>`p.marks`.as('marks'),
        sql<number>`p.attended_minutes`.as('attendedMinutes'),
      ])
      .$if(scope.organizationId !== null, (q) =>
        q.where('p.organization_id', '=', scope.organizationId as string),
      )
      .$if(scope.programId !== null, (q) => q.where('p.program_id', '=', scope.programId as string))
      .where('p.span', '=', range.span)
      .where('p.starts_on', '>=', range.from)
      .where('p.starts_on', '<', range.to);
  const fromScheduled = db
    .selectFrom('session_figures_meetings as fm')
    .innerJoin('session_attendance as a', 'a.meeting_id', 'fm.meeting_id')
    .innerJoin('session_meetings as m', 'm.id', 'fm.meeting_id')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .select([
      sql<string>`coalesce(e.person_id, e.user_id)`.as('participantId'),
      sql<number>`1`.as('marks'),
      sql<number>`${creditedMinutes}`.as('attendedMinutes'),
    ])
    .where(scoped)
    .where('fm.status', '=', 'scheduled')
    .where('fm.marks', '>', 0)
    .where('fm.starts_at', '<=', now)
    .where('e.status', '=', 'enrolled');
  const participantParts = ranges.filter((r) => r.from < r.to).map(participantRows);
  // Both kinds of part select the same columns.
  const marked = [...participantParts, fromScheduled as unknown as ReturnType<typeof participantRows>].reduce(
    (q, part) => q.unionAll(part),
  );
  const participants = db
    .selectFrom(marked.as('r'))
    .select(['r.participantId', sql<number>`sum(r."attendedMinutes")::int`.as('attendedMinutes')])
    .groupBy('r.participantId')
    .having(sql`sum(r.marks)`, '>', 0);
  return { series, participants };
}

/** The period's facts from the summary tables: every series and participant, for the figures' reference. */
export async function factsFromSummary(db: Executor, scope: FiguresScope, now: Date): Promise<PeriodFacts> {
  const queries = summaryQueries(db, scope, now);
  const series = await queries.series.orderBy('fs.title').orderBy('h.series_id').execute();
  const participants = series.length === 0 ? [] : await queries.participants.execute();
  return { series: series.map(seriesFacts), participants, heldBySeries: new Map() };
}

type SeriesRow = Omit<SeriesFigureFacts, 'held'> & {
  meetings: number;
  minutes: number;
  attendedMinutes: number;
  marks: number;
  noShows: number;
};
const seriesFacts = (row: SeriesRow): SeriesFigureFacts => ({
  id: row.id,
  title: row.title,
  organizationId: row.organizationId,
  capacity: row.capacity,
  enrolled: row.enrolled,
  held: {
    meetings: row.meetings,
    minutes: row.minutes,
    attendedMinutes: row.attendedMinutes,
    marks: row.marks,
    noShows: row.noShows,
  },
  attestationsIssued: row.attestationsIssued,
});

/** Participants by band of credited minutes, in the order of `hoursBands` (the SQL twin of `hoursBandOf`). */
const participantsByBand = sql.join(
  hoursBands.map((band, i) =>
    i === 0
      ? sql`count(*) FILTER (WHERE "attendedMinutes" = 0)`
      : band.toHours === null
        ? sql`count(*) FILTER (WHERE "attendedMinutes" > ${sql.lit(band.fromHours * 60)})`
        : sql`count(*) FILTER (WHERE "attendedMinutes" > ${sql.lit(band.fromHours * 60)} AND "attendedMinutes" <= ${sql.lit(band.toHours * 60)})`,
  ),
);

/**
 * A period's totals and one page of its series (by title), added up by the database in one statement
 * (in a transaction, which the statement's setting below lasts for):
 * a program's year is thousands of series and participants, of which the screen shows 25 lines. Sums
 * are `float8` (exact to 2^53), since minutes scheduled for a year of a national program pass 2^31.
 */
export async function totalsFromSummary(
  db: Tx,
  scope: FiguresScope,
  now: Date,
  page: { offset: number; limit: number },
): Promise<{ totals: PeriodTotals; page: SeriesFigureFacts[] }> {
  const queries = summaryQueries(db, scope, now);
  // Parallel workers cost more than they save on these tens of thousands of rows: on two cores under
  // load the statement took 237 ms at the median with them, 148 ms without (same data, same minutes).
  await sql`SET LOCAL max_parallel_workers_per_gather = 0`.execute(db);
  const { rows } = await sql<{
    series: SeriesTotalsRow;
    participants: ParticipantTotalsRow;
    page: SeriesRow[];
  }>`
    WITH series AS MATERIALIZED (${queries.series}),
      participants AS (${queries.participants})
    SELECT
      (SELECT row_to_json(t) FROM (
        SELECT count(*)::int AS sessions,
          coalesce(sum(meetings), 0)::float8 AS "meetingsHeld",
          coalesce(sum(capacity), 0)::float8 AS seats,
          -- least() skips a null: a series without a capacity takes no seat.
          coalesce(sum(least(enrolled, capacity)) FILTER (WHERE capacity IS NOT NULL), 0)::float8 AS taken,
          coalesce(sum("attendedMinutes"), 0)::float8 AS "attendedMinutes",
          coalesce(sum(minutes::float8 * enrolled), 0)::float8 AS "scheduledMinutes",
          coalesce(sum(marks), 0)::float8 AS marks,
          coalesce(sum("noShows"), 0)::float8 AS "noShows",
          coalesce(sum("attestationsIssued"), 0)::float8 AS "attestationsIssued"
        FROM series) t) AS series,
      (SELECT row_to_json(t) FROM (
        SELECT count(*)::int AS participants,
          coalesce(sum("attendedMinutes"), 0)::float8 AS "participantMinutes",
          percentile_cont(0.5) WITHIN GROUP (ORDER BY "attendedMinutes") AS "medianParticipantMinutes",
          json_build_array(${participantsByBand}) AS "participantsByBand"
        FROM participants WHERE EXISTS (SELECT FROM series)) t) AS participants,
      (SELECT coalesce(json_agg(p ORDER BY p.title, p.id), '[]') FROM (
        SELECT * FROM series ORDER BY title, id LIMIT ${page.limit} OFFSET ${page.offset}) p) AS page
  `.execute(db);
  const row = rows[0] as (typeof rows)[number];
  const record = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  const series = record(row.series) as SeriesTotalsRow;
  const participants = record(row.participants) as ParticipantTotalsRow;
  return {
    totals: { ...series, ...participants },
    page: (record(row.page) as SeriesRow[]).map(seriesFacts),
  };
}

type SeriesTotalsRow = Omit<
  PeriodTotals,
  'participants' | 'participantMinutes' | 'medianParticipantMinutes' | 'participantsByBand'
>;
type ParticipantTotalsRow = Pick<
  PeriodTotals,
  'participants' | 'participantMinutes' | 'medianParticipantMinutes' | 'participantsByBand'
>;
