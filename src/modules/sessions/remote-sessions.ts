/**
 * Remote sessions (virtual or hybrid series) as another module asks for them: the coming meetings a
 * person is enrolled in, and the series open to an organization that the person could still join. The
 * pre-departure track of a person still abroad (relocation-plans) lists both.
 */
import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import './adapters/tables.js';

const remoteModes = ['virtual', 'hybrid'] as const;

export interface RemoteMeetingOfPerson {
  enrolmentId: string;
  seriesId: string;
  title: string;
  /** The organization that runs the series. */
  organizationId: string;
  mode: 'virtual' | 'hybrid';
  status: 'enrolled' | 'waitlisted';
  /** Null for a person on the waitlist: the link is for those who have a seat. */
  meetingLink: string | null;
  meetingId: string;
  startsAt: Date;
  durationMinutes: number;
}

/**
 * The meetings still to come (not cancelled, not ended) of the remote series this organization
 * enrolled the person in, the next first; a withdrawn enrolment or a cancelled series has none.
 */
export async function comingRemoteMeetingsOfPerson(
  db: Executor,
  query: { organizationId: string; personId: string; now: Date; limit?: number },
): Promise<RemoteMeetingOfPerson[]> {
  const rows = await db
    .selectFrom('session_enrolments as e')
    .innerJoin('session_series as s', 's.id', 'e.series_id')
    .innerJoin('session_meetings as m', 'm.series_id', 's.id')
    .select([
      'e.id as enrolmentId',
      's.id as seriesId',
      's.title',
      's.organization_id as organizationId',
      's.mode',
      'e.status',
      's.meeting_link as meetingLink',
      'm.id as meetingId',
      'm.starts_at as startsAt',
      'm.duration_minutes as durationMinutes',
    ])
    .where('e.person_id', '=', query.personId)
    .where('e.participant_organization_id', '=', query.organizationId)
    .where('e.status', 'in', ['enrolled', 'waitlisted'])
    .where('s.status', '=', 'planned')
    .where('s.mode', 'in', remoteModes)
    .where('m.status', '=', 'scheduled')
    .where(sql<boolean>`m.starts_at + make_interval(mins => m.duration_minutes) > ${query.now}`)
    .orderBy('m.starts_at')
    .orderBy('s.id')
    .limit(query.limit ?? 20)
    .execute();
  return rows.map((r) => ({
    ...r,
    mode: r.mode as 'virtual' | 'hybrid',
    status: r.status as 'enrolled' | 'waitlisted',
    meetingLink: r.status === 'enrolled' ? r.meetingLink : null,
    startsAt: new Date(r.startsAt),
  }));
}

export interface OpenRemoteSeries {
  seriesId: string;
  title: string;
  organizationId: string;
  mode: 'virtual' | 'hybrid';
  presenter: string | null;
  language: string;
  nextStartsAt: Date;
  capacity: number | null;
  enrolled: number;
}

/**
 * Remote series for beneficiaries the organization may enrol people in (its own, its consortia's,
 * public ones: the rule of `opensTo`), still planned, with a meeting to come, that the person is not
 * already in (a withdrawn person may come back): the next first.
 */
export async function openRemoteSeries(
  db: Executor,
  query: {
    organizationId: string;
    consortiumIds: readonly string[];
    personId: string;
    now: Date;
    limit?: number;
  },
): Promise<OpenRemoteSeries[]> {
  const nextStart = sql<Date>`(SELECT min(m.starts_at) FROM session_meetings m WHERE m.series_id = s.id AND m.status = 'scheduled' AND m.starts_at > ${query.now})`;
  const rows = await db
    .selectFrom('session_series as s')
    .innerJoin('session_types as t', 't.id', 's.session_type_id')
    .select([
      's.id as seriesId',
      's.title',
      's.organization_id as organizationId',
      's.mode',
      's.presenter',
      's.language',
      's.capacity',
      nextStart.as('nextStartsAt'),
      sql<number>`(SELECT count(*) FROM session_enrolments e WHERE e.series_id = s.id AND e.status = 'enrolled')::int`.as(
        'enrolled',
      ),
    ])
    .where((eb) =>
      eb.or([
        eb('s.organization_id', '=', query.organizationId),
        eb('s.openness', '=', 'public'),
        ...(query.consortiumIds.length > 0
          ? [eb.and([eb('s.openness', '=', 'consortium'), eb('s.consortium_id', 'in', query.consortiumIds)])]
          : []),
      ]),
    )
    .where('t.audience', '=', 'beneficiaries')
    .where('s.status', '=', 'planned')
    .where('s.mode', 'in', remoteModes)
    .where(sql<boolean>`${nextStart} IS NOT NULL`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('session_enrolments as e')
            .select('e.id')
            .whereRef('e.series_id', '=', 's.id')
            .where('e.person_id', '=', query.personId)
            .where('e.status', '!=', 'withdrawn'),
        ),
      ),
    )
    .orderBy(nextStart)
    .orderBy('s.title')
    .orderBy('s.id')
    .limit(query.limit ?? 10)
    .execute();
  return rows.map((r) => ({
    ...r,
    mode: r.mode as 'virtual' | 'hybrid',
    nextStartsAt: new Date(r.nextStartsAt),
  }));
}
