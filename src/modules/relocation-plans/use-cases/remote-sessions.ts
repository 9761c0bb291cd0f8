import type { RelocationPlanResponse } from '../../../contracts/relocation-plans.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { comingRemoteMeetingsOfPerson, openRemoteSeries } from '../../sessions/api.js';

type Predeparture = NonNullable<RelocationPlanResponse['predeparture']>;

/**
 * The remote sessions of a person still abroad, through the sessions api: the coming meetings of the
 * virtual or hybrid series the actor's organization enrolled them in (with the link once seated), and
 * the remote series open to the organization they could join (enrolling is the sessions module's).
 */
export async function remoteSessionsOf(
  db: Executor,
  actor: Actor,
  personId: string,
  now: Date,
): Promise<Pick<Predeparture, 'remoteMeetings' | 'openRemoteSeries'>> {
  const [meetings, open] = await Promise.all([
    comingRemoteMeetingsOfPerson(db, { organizationId: actor.organizationId, personId, now }),
    openRemoteSeries(db, {
      organizationId: actor.organizationId,
      consortiumIds: actor.consortiumIds,
      personId,
      now,
    }),
  ]);
  const ids = [...new Set([...meetings, ...open].map((s) => s.organizationId))];
  const names = new Map(
    (await organizationsApi(db).listOrganizations(ids)).map((o) => [o.id, o.name] as const),
  );
  return {
    remoteMeetings: meetings.map((m) => ({
      enrolmentId: m.enrolmentId,
      seriesId: m.seriesId,
      meetingId: m.meetingId,
      title: m.title,
      organizationName: names.get(m.organizationId) ?? '',
      mode: m.mode,
      status: m.status,
      meetingLink: m.meetingLink,
      startsAt: m.startsAt.toISOString(),
      durationMinutes: m.durationMinutes,
    })),
    openRemoteSeries: open.map((s) => ({
      seriesId: s.seriesId,
      title: s.title,
      organizationName: names.get(s.organizationId) ?? '',
      otherOrganization: s.organizationId !== actor.organizationId,
      mode: s.mode,
      presenter: s.presenter,
      language: s.language,
      nextStartsAt: s.nextStartsAt.toISOString(),
      seatsLeft: s.capacity === null ? null : Math.max(0, s.capacity - s.enrolled),
    })),
  };
}
