/** What other modules may ask of the sessions module. They never read its tables. */

import type { Executor } from '../../core/db/types.js';
import { signupRepository } from './adapters/signup-repository.js';

/**
 * Recomputes the session figures' summary of these organizations from the records, in the caller's
 * transaction. Its rows are keyed by the day a meeting starts in the organization's time zone, so an
 * organization whose zone changed needs it: the composition root hands it to organizations' time zone
 * change (organizations cannot import sessions, which depends on it).
 */
export { rebuildOrganizationsFigures } from './adapters/figures-rebuild.js';
export { attendanceMinutesQuery, attendanceOfPeople } from './adapters/report-attendance-repository.js';

export * as sessionsPersonData from './person-data.js';
export {
  comingRemoteMeetingsOfPerson,
  type OpenRemoteSeries,
  openRemoteSeries,
  type RemoteMeetingOfPerson,
} from './remote-sessions.js';
export { seriesForExport } from './series-export.js';
export { enrolPersonWithin } from './use-cases/enrol-person-within.js';
export { type JobVisit, personJobVisits } from './use-cases/person-job-visits.js';
export { sessionStaffRoles as sessionEnrolmentRoles } from './use-cases/session-access.js';

/**
 * Information sessions open to the public with a meeting still to come (the Info-Emploi presentations),
 * the next first, each with its organization, presenter and next start: what a region's page shows of
 * its partners' presentations.
 */
export async function upcomingPublicInfoSessions(db: Executor, now: Date) {
  const repo = signupRepository(db);
  const series = await repo.publicInfoSeries(now);
  const meetings = await repo.upcomingMeetings(
    series.map((s) => s.id),
    now,
  );
  return series.map((s) => ({
    id: s.id,
    organizationId: s.organizationId,
    title: s.title,
    presenter: s.presenter,
    nextStartsAt: meetings.find((m) => m.seriesId === s.id)?.startsAt ?? null,
  }));
}
