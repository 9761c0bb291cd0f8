import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import { dayBoundsInZone } from '../../../core/time-zone.js';
import { organizationsApi } from '../../organizations/api.js';
import {
  type HeldMeetingFacts,
  type HeldTotals,
  heldTotals,
  type ParticipantMinutes,
} from '../domain/figures.js';
import './tables.js';

/**
 * Which series the figures cover (those run by one organization, or every organization's in a program)
 * and which days: meetings starting from `from` to the day before `to` ('YYYY-MM-DD'), each on its
 * organization's calendar (a program's members may not share a time zone).
 */
export interface FiguresScope {
  organizationId: string | null;
  programId: string | null;
  seriesId: string | null;
  from: string;
  to: string;
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
export const creditedMinutes = sql<number>`CASE
  WHEN NOT a.live THEN 0
  WHEN a.mark = 'present' THEN m.duration_minutes
  WHEN a.mark IN ('late', 'left_early') THEN m.duration_minutes - a.minutes_missed
  ELSE 0 END`;

/** Attestations in force issued in the period (their day of issue), counted by series. */
export function attestationsBySeries(db: Executor, scope: FiguresScope) {
  return db
    .selectFrom('session_attestations as at')
    .innerJoin('session_enrolments as e', 'e.id', 'at.enrolment_id')
    .innerJoin('session_series as s', 's.id', 'e.series_id')
    .select(['e.series_id as seriesId', sql<number>`count(*)::int`.as('n')])
    .where(inScope(scope))
    .where('at.superseded_at', 'is', null)
    .where('at.issued_on', '>=', scope.from)
    .where('at.issued_on', '<', scope.to)
    .groupBy('e.series_id');
}

/**
 * The rows the period's figures are computed from, read from the records (marks, meetings, enrolments),
 * each already added up by series, meeting or participant. The reference the summary must equal; used
 * for one series, whose meetings are shown one by one.
 */
export async function figuresRows(db: Executor, scope: FiguresScope, now: Date) {
  const inPeriod = await periodOfEachOrganization(db, scope);
  const series = await db
    .selectFrom('session_series as s')
    .select(['s.id', 's.title', 's.capacity', 's.organization_id as organizationId'])
    .where(inScope(scope))
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('session_meetings as m')
          .select('m.id')
          .whereRef('m.series_id', '=', 's.id')
          .where(inPeriod),
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
      inPeriod,
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
    attestationsBySeries(db, scope).execute(),
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

/**
 * The period's condition on meetings `m` of series `s`: their organization's days, as the instants
 * where those days begin and end there — the records keep instants, and this path is read for one
 * series or as the summary's reference, so a condition per organization costs nothing.
 */
async function periodOfEachOrganization(db: Executor, scope: FiguresScope) {
  const organizations = await db
    .selectFrom('session_series as s')
    .select('s.organization_id as organizationId')
    .distinct()
    .where(inScope(scope))
    .execute();
  const zones = await organizationsApi(db).listOrganizations(organizations.map((o) => o.organizationId));
  const bounds = zones.map((o) => ({
    organizationId: o.id,
    from: dayBoundsInZone(scope.from, o.timeZone).start,
    to: dayBoundsInZone(scope.to, o.timeZone).start,
  }));
  if (bounds.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    bounds.map(
      (b) =>
        sql`(s.organization_id = ${b.organizationId} AND m.starts_at >= ${b.from} AND m.starts_at < ${b.to})`,
    ),
    sql` OR `,
  )})`;
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
