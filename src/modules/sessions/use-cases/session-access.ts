import type { Actor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import type { Executor } from '../../../core/db/types.js';
import { type SeriesRecord, sessionsRepository } from '../adapters/sessions-repository.js';
import { sessionErrors } from '../errors.js';

/** Who runs sessions (catalog, planning, cancelling): referents, coordinators, directors. */
export const sessionOrganizerRoles: readonly Role[] = ['program_referent', 'coordinator', 'director'];
/** Who enrols participants and takes the roll call. */
export { sessionStaffRoles } from '../../../core/auth/roles.js';

/** A series is open to its organization, to a consortium's members, or to every organization. */
export function opensTo(
  actor: Actor,
  series: Pick<SeriesRecord, 'organizationId' | 'openness' | 'consortiumId'>,
): boolean {
  if (series.organizationId === actor.organizationId) return true;
  if (series.openness === 'public') return true;
  return (
    series.openness === 'consortium' &&
    series.consortiumId !== null &&
    actor.consortiumIds.includes(series.consortiumId)
  );
}

export async function visibleSeries(
  db: Executor,
  actor: Actor,
  seriesId: string,
  lock = false,
): Promise<SeriesRecord> {
  const series = await sessionsRepository(db).findSeries(seriesId, lock);
  if (!series || !opensTo(actor, series)) throw sessionErrors.seriesNotFound();
  return series;
}

/**
 * A meeting of a series open to the actor (`organizerOnly`: of the actor's own organization). Whether it
 * does not exist or is not the actor's to see, the answer is the same: no meeting.
 */
export async function visibleMeeting(
  db: Executor,
  actor: Actor,
  meetingId: string,
  options: { organizerOnly?: boolean } = {},
) {
  const repo = sessionsRepository(db);
  const meeting = await repo.findMeeting(meetingId);
  const series = meeting ? await repo.findSeries(meeting.seriesId) : undefined;
  const open =
    series &&
    (options.organizerOnly ? series.organizationId === actor.organizationId : opensTo(actor, series));
  if (!meeting || !series || !open) throw sessionErrors.meetingNotFound();
  return { meeting, series };
}

/** An enrolment seen by the organizer of its series, or by the organization of its participant. */
export async function visibleEnrolment(db: Executor, actor: Actor, enrolmentId: string) {
  const enrolment = await sessionsRepository(db).findEnrolment(enrolmentId);
  if (!enrolment) throw sessionErrors.enrolmentNotFound();
  const series = await sessionsRepository(db).findSeries(enrolment.seriesId);
  const mine =
    series?.organizationId === actor.organizationId ||
    enrolment.participantOrganizationId === actor.organizationId;
  if (!series || !mine) throw sessionErrors.enrolmentNotFound();
  return { enrolment, series };
}

/** Who reads another staff member's training record (their own organization's staff only). */
export const trainingOverseerRoles: readonly Role[] = ['coordinator', 'director', 'administrator'];
/** Who sets what the organization's staff accumulate toward its certification. */
export const certificationRoles: readonly Role[] = ['coordinator', 'director'];
