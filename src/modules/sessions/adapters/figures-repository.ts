import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import {
  type HeldMeetingFacts,
  type HeldTotals,
  heldTotals,
  type ParticipantMinutes,
} from '../domain/figures.js';
import './tables.js';

/** Which series the figures cover: those run by one organization, or every organization's in a program. */
export interface FiguresScope {
  organizationId: string | null;
  programId: string | null;
  seriesId: string | null;
  from: Date;
  to: Date;
}

type SeriesAlias = { s: Database['session_series'] };
function inScope(scope: FiguresScope) {
  return (eb: ExpressionBuilder<SeriesAlias, 's'>) =>
    eb.and([
      ...(scope.organizationId ? [eb('s.organization_id', '=', scope.organizationId)] : []),
      ...(scope.programId ? [eb('s.program_id', '=', scope.programId)] : []),
      ...(scope.seriesId ? [eb('s.id', '=', scope.seriesId)] : []),
    ]);
}

/**
 * Minutes credited for one mark, the SQL twin of `attendedMinutes` (domain/attendance.ts): live
 * presence only, less the minutes missed. Added up by the database so that a period of thousands of
 * sessions does not carry every mark to the server (the use-case test checks both agree).
 */
const creditedMinutes = sql<number>`CASE
  WHEN NOT a.live THEN 0
  WHEN a.mark = 'present' THEN m.duration_minutes
  WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
  ELSE 0 END`;

/**
 * The rows the period's figures are computed from, read from the records (marks, meetings, enrolments),
 * each already added up by series, meeting or participant. The reference the summary must equal; used
 * for one series, whose meetings are shown one by one.
 */
export async function figuresRows(db: Executor, scope: FiguresScope, now: Date) {
  const { from, to } = scope;
  const series = await db
    .selectFrom('session_series as s')
    .select(['s.id', 's.title', 's.capacity', 's.organization_id as organizationId'])
    .where(inScope(scope))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('session_meetings as m')
          .select('m.id')
          .whereRef('m.series_id', '=', 's.id')
          .where('m.starts_at', '>=', from)
          .where('m.starts_at', '<', to),
      ),
    )
    .orderBy('s.title')
    .orderBy('s.id')
    .execute();
  if (series.length === 0)
    return { series, meetings: [], meetingMarks: [], enrolled: [], participants: [], attestations: [] };
  // A meeting in the past without a roll call still counts as held: its participants were not marked present.
  const held = (eb: ExpressionBuilder<{ m: Database['session_meetings'] }, 'm'>) =>
    eb.and([
      eb('m.starts_at', '>=', from),
      eb('m.starts_at', '<', to),
      eb('m.status', '<>', 'cancelled'),
      eb.or([eb('m.status', '=', 'held'), eb('m.starts_at', '<=', now)]),
    ]);
  const [meetings, marks, enrolled, attestations] = await Promise.all([
    db
      .selectFrom('session_meetings as m')
      .innerJoin('session_series as s', 's.id', 'm.series_id')
      .select(['m.id', 'm.series_id as seriesId', 'm.duration_minutes as minutes', 'm.starts_at as startsAt'])
      .where(inScope(scope))
      .where(held)
      .orderBy('m.starts_at')
      .execute(),
    // One pass over the period's marks, added up twice: by meeting, and by person (or staff member)
    // across every series — hours per person, not per enrolment.
    db
      .selectFrom('session_attendance as a')
      .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
      .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
      .innerJoin('session_series as s', 's.id', 'm.series_id')
      .where(inScope(scope))
      .where(held)
      .where('e.status', '=', 'enrolled')
      .select([
        sql<string | null>`a.meeting_id`.as('meetingId'),
        sql<string | null>`coalesce(e.person_id, e.user_id)`.as('participantId'),
        sql<number>`GROUPING(a.meeting_id)::int`.as('byParticipant'),
        sql<number>`sum(${creditedMinutes})::int`.as('attendedMinutes'),
        sql<number>`count(*)::int`.as('marks'),
        sql<number>`(count(*) FILTER (WHERE a.mark = 'unexcused_absence'))::int`.as('noShows'),
      ])
      .groupBy(sql`GROUPING SETS ((a.meeting_id), (coalesce(e.person_id, e.user_id)))`)
      .execute(),
    db
      .selectFrom('session_enrolments as e')
      .innerJoin('session_series as s', 's.id', 'e.series_id')
      .select(['e.series_id as seriesId', sql<number>`count(*)::int`.as('n')])
      .where(inScope(scope))
      .where('e.status', '=', 'enrolled')
      .groupBy('e.series_id')
      .execute(),
    db
      .selectFrom('session_attestations as at')
      .innerJoin('session_enrolments as e', 'e.id', 'at.enrolment_id')
      .innerJoin('session_series as s', 's.id', 'e.series_id')
      .select(['e.series_id as seriesId', sql<number>`count(*)::int`.as('n')])
      .where(inScope(scope))
      .where('at.superseded_at', 'is', null)
      .where('at.issued_on', '>=', from.toISOString().slice(0, 10))
      .where('at.issued_on', '<', to.toISOString().slice(0, 10))
      .groupBy('e.series_id')
      .execute(),
  ]);
  const meetingMarks = marks.flatMap((r) =>
    r.byParticipant === 0 && r.meetingId
      ? [{ meetingId: r.meetingId, attendedMinutes: r.attendedMinutes, marks: r.marks, noShows: r.noShows }]
      : [],
  );
  const participants = marks.flatMap((r) =>
    r.byParticipant === 1 && r.participantId
      ? [{ participantId: r.participantId, attendedMinutes: r.attendedMinutes }]
      : [],
  );
  return { series, meetings, meetingMarks, enrolled, participants, attestations };
}

/** One series of the period with what the figures need of it, whichever way it was read. */
export interface SeriesFigureFacts {
  id: string;
  title: string;
  organizationId: string;
  capacity: number | null;
  enrolled: number;
  held: HeldTotals;
  attestationsIssued: number;
}

export interface PeriodFacts {
  /** Ordered by title, then id. */
  series: SeriesFigureFacts[];
  /** Participants marked at least once at a held meeting of the period, with their credited minutes. */
  participants: ParticipantMinutes[];
  /** By series, each held meeting (only from the records). */
  heldBySeries: Map<string, HeldMeetingFacts[]>;
}

/** The period's facts recomputed from the records. */
export async function factsFromRecords(db: Executor, scope: FiguresScope, now: Date): Promise<PeriodFacts> {
  const rows = await figuresRows(db, scope, now);
  const enrolled = new Map(rows.enrolled.map((e) => [e.seriesId, e.n]));
  const attestations = new Map(rows.attestations.map((a) => [a.seriesId, a.n]));
  const marks = new Map(rows.meetingMarks.map((m) => [m.meetingId, m]));
  const heldBySeries = new Map<string, HeldMeetingFacts[]>();
  for (const m of rows.meetings) {
    const marked = marks.get(m.id);
    const facts: HeldMeetingFacts = {
      meetingId: m.id,
      startsAt: m.startsAt.toISOString(),
      minutes: m.minutes,
      attendedMinutes: marked?.attendedMinutes ?? 0,
      marks: marked?.marks ?? 0,
      noShows: marked?.noShows ?? 0,
    };
    const list = heldBySeries.get(m.seriesId);
    if (list) list.push(facts);
    else heldBySeries.set(m.seriesId, [facts]);
  }
  return {
    series: rows.series.map((s) => ({
      id: s.id,
      title: s.title,
      organizationId: s.organizationId,
      capacity: s.capacity,
      enrolled: enrolled.get(s.id) ?? 0,
      held: heldTotals(heldBySeries.get(s.id) ?? []),
      attestationsIssued: attestations.get(s.id) ?? 0,
    })),
    participants: rows.participants,
    heldBySeries,
  };
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** The first day of the month of `day` (ISO), or of the next month unless `day` is a first. */
const monthStartOnOrAfter = (day: string) => {
  if (day.endsWith('-01')) return day;
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return isoDay(d);
};

/**
 * The period's facts from the summary tables (migration 0053): a few rows per series (one per
 * meeting) and per participant (one per whole month, one per day at the period's ragged ends). A
 * meeting counts as held as the records say: held, or scheduled and started by `now`. Marks kept at a
 * meeting put back to 'scheduled' are not in the participants' rows: those few are read from the records.
 */
export async function factsFromSummary(db: Executor, scope: FiguresScope, now: Date): Promise<PeriodFacts> {
  const { from, to } = scope;
  type Summary = { fm: Database['session_figures_meetings'] };
  const scoped = (eb: ExpressionBuilder<Summary, 'fm'>) =>
    eb.and([
      ...(scope.organizationId ? [eb('fm.organization_id', '=', scope.organizationId)] : []),
      ...(scope.programId ? [eb('fm.program_id', '=', scope.programId)] : []),
      ...(scope.seriesId ? [eb('fm.series_id', '=', scope.seriesId)] : []),
      eb('fm.starts_at', '>=', from),
      eb('fm.starts_at', '<', to),
    ]);
  const held = sql<boolean>`(fm.status = 'held' OR (fm.status = 'scheduled' AND fm.starts_at <= ${now}))`;
  // Whole months (but the one under way) from the series' month rows, the rest from the meetings' rows.
  const fromDay = isoDay(from);
  const toDay = isoDay(to);
  const monthsFrom = monthStartOnOrAfter(fromDay);
  const monthsTo = `${toDay.slice(0, 7)}-01`;
  const thisMonth = `${isoDay(now).slice(0, 7)}-01`;
  const nextMonth = monthStartOnOrAfter(isoDay(new Date(now.getTime() + 86_400_000)));
  const wholeMonths = (
    monthsFrom < monthsTo
      ? thisMonth >= monthsFrom && thisMonth < monthsTo
        ? [
            { from: monthsFrom, to: thisMonth },
            { from: nextMonth, to: monthsTo },
          ]
        : [{ from: monthsFrom, to: monthsTo }]
      : []
  ).filter((r) => r.from < r.to);
  const byMeetingRows = (range: { from: Date; to: Date }) =>
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
      .where('fm.starts_at', '>=', range.from)
      .where('fm.starts_at', '<', range.to)
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
  const instant = (day: string) => new Date(`${day}T00:00:00Z`);
  // The meetings' rows cover what the month rows do not: the period's ends and the month under way.
  const covered = wholeMonths.map((r) => ({ from: instant(r.from), to: instant(r.to) }));
  const meetingRanges: { from: Date; to: Date }[] = [];
  let cursor = from;
  for (const r of covered) {
    if (cursor < r.from) meetingRanges.push({ from: cursor, to: r.from });
    cursor = r.to;
  }
  if (cursor < to) meetingRanges.push({ from: cursor, to });
  // Both kinds of part select the same columns.
  const [firstPart, ...otherParts] = [
    ...wholeMonths.map((r) => byMonthRows(r) as unknown as ReturnType<typeof byMeetingRows>),
    ...meetingRanges.map(byMeetingRows),
  ];
  if (!firstPart) return { series: [], participants: [], heldBySeries: new Map() };
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
  const series = await db
    .selectFrom(bySeries.as('h'))
    .innerJoin('session_figures_series as fs', (join) =>
      join.onRef('fs.organization_id', '=', 'h.organization_id').onRef('fs.series_id', '=', 'h.series_id'),
    )
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
    ])
    .orderBy('fs.title')
    .orderBy('h.series_id')
    .execute();
  if (series.length === 0) return { series: [], participants: [], heldBySeries: new Map() };

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
      .select(['p.participant_id as participantId', 'p.marks', 'p.attended_minutes as attendedMinutes'])
      .$if(scope.organizationId !== null, (q) =>
        q.where('p.organization_id', '=', scope.organizationId as string),
      )
      .$if(scope.programId !== null, (q) => q.where('p.program_id', '=', scope.programId as string))
      .where('p.span', '=', range.span)
      .where('p.starts_on', '>=', range.from)
      .where('p.starts_on', '<', range.to);
  const nonEmpty = ranges.filter((r) => r.from < r.to);
  const [first, ...rest] = nonEmpty.map(participantRows);
  const fromRanges = first
    ? await db
        .selectFrom(rest.reduce((q, r) => q.unionAll(r), first).as('r'))
        .select([
          'r.participantId',
          sql<number>`sum(${sql.ref('r.marks')})::int`.as('marks'),
          sql<number>`sum(${sql.ref('r.attendedMinutes')})::int`.as('attendedMinutes'),
        ])
        .groupBy('r.participantId')
        .execute()
    : [];
  const fromScheduled = await db
    .selectFrom('session_figures_meetings as fm')
    .innerJoin('session_attendance as a', 'a.meeting_id', 'fm.meeting_id')
    .innerJoin('session_meetings as m', 'm.id', 'fm.meeting_id')
    .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
    .select([
      sql<string>`coalesce(e.person_id, e.user_id)`.as('participantId'),
      sql<number>`count(*)::int`.as('marks'),
      sql<number>`sum(${creditedMinutes})::int`.as('attendedMinutes'),
    ])
    .where(scoped)
    .where('fm.status', '=', 'scheduled')
    .where('fm.marks', '>', 0)
    .where('fm.starts_at', '<=', now)
    .where('e.status', '=', 'enrolled')
    .groupBy(sql`coalesce(e.person_id, e.user_id)`)
    .execute();
  const totals = new Map<string, { marks: number; attendedMinutes: number }>();
  for (const row of [...fromRanges, ...fromScheduled]) {
    const total = totals.get(row.participantId) ?? { marks: 0, attendedMinutes: 0 };
    total.marks += row.marks;
    total.attendedMinutes += row.attendedMinutes;
    totals.set(row.participantId, total);
  }
  const participants = [...totals]
    .filter(([, t]) => t.marks > 0)
    .map(([participantId, t]) => ({ participantId, attendedMinutes: t.attendedMinutes }));

  const attestations = await db
    .selectFrom('session_attestations as at')
    .innerJoin('session_enrolments as e', 'e.id', 'at.enrolment_id')
    .innerJoin('session_series as s', 's.id', 'e.series_id')
    .select(['e.series_id as seriesId', sql<number>`count(*)::int`.as('n')])
    .where(inScope(scope))
    .where('at.superseded_at', 'is', null)
    .where('at.issued_on', '>=', fromDay)
    .where('at.issued_on', '<', toDay)
    .groupBy('e.series_id')
    .execute();
  const attested = new Map(attestations.map((a) => [a.seriesId, a.n]));
  return {
    series: series.map((s) => ({
      id: s.id,
      title: s.title,
      organizationId: s.organizationId,
      capacity: s.capacity,
      enrolled: s.enrolled,
      held: {
        meetings: s.meetings,
        minutes: s.minutes,
        attendedMinutes: s.attendedMinutes,
        marks: s.marks,
        noShows: s.noShows,
      },
      attestationsIssued: attested.get(s.id) ?? 0,
    })),
    participants,
    heldBySeries: new Map(),
  };
}
