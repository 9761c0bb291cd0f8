import type { Executor } from '../../../core/db/types.js';
import { employerSummary, siteSummary } from '../../employers/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';

export interface JobVisit {
  enrolmentId: string;
  seriesId: string;
  title: string;
  /** The participant's place: enrolled, waitlisted or withdrawn. */
  status: string;
  seriesStatus: 'planned' | 'cancelled' | 'completed';
  firstMeetingAt: string | null;
  employer: { id: string; name: string } | null;
  site: { id: string; name: string; city: string } | null;
}

/**
 * A person's job visits: their enrolments (by the organization that follows them) in collective
 * sessions held at an employer. The host is named as the session's organization sees it. For the
 * immersions section of the person's file, which checks the caller's scope and audits the read.
 */
export async function personJobVisits(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<JobVisit[]> {
  const rows = await sessionsReadRepository(db).jobVisitsOfPerson(organizationId, personId);
  return Promise.all(
    rows.map(async (row) => {
      const employer = row.employerId
        ? await employerSummary(db, row.employerId, row.organizationId)
        : undefined;
      const site = row.employerSiteId
        ? await siteSummary(db, row.employerSiteId, row.organizationId)
        : undefined;
      return {
        enrolmentId: row.enrolmentId,
        seriesId: row.seriesId,
        title: row.title,
        status: row.status,
        seriesStatus: row.seriesStatus,
        firstMeetingAt: row.firstMeetingAt ? new Date(row.firstMeetingAt).toISOString() : null,
        employer: employer ? { id: employer.id, name: employer.name } : null,
        site: site ? { id: site.id, name: site.name, city: site.city } : null,
      };
    }),
  );
}
