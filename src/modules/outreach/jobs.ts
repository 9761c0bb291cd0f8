import { auditWriter } from '../../core/audit/audit-log.js';
import { type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { addDays } from '../outcomes/domain/dates.js';
import { leadsRepository } from './adapters/leads-repository.js';

export const anonymizeLeadsKind = 'outreach.anonymize-closed-leads';
const anonymizeHourUtc = 3;
/** How long a lead closed without an enrolment keeps its names and contacts: a year. */
export const closedLeadKeptDays = 365;

const utcDay = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

export function scheduleLeadAnonymization(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, anonymizeLeadsKind, anonymizeHourUtc, day);
}

/**
 * Every night, the leads closed without an enrolment more than a year ago lose their names, contacts
 * and notes (their source, partner, dates and outcome stay, so the figures do not move). A lead that
 * became a file is the file's to keep, under the file's own retention.
 */
async function anonymizeClosedLeads(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const count = await leadsRepository(trx).anonymizeClosedBefore(
      addDays(utcDay(deps), -closedLeadKeptDays),
      now,
    );
    if (count > 0)
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'outreach.leads_anonymize',
        resourceType: 'outreach_lead',
        resourceId: null,
        requestId: `job:${anonymizeLeadsKind}`,
        details: { count, closedBefore: addDays(utcDay(deps), -closedLeadKeptDays) },
      });
  });
  await scheduleLeadAnonymization(deps, addDays(utcDay(deps), 1));
}

export const outreachJobHandlers: JobHandlers = { [anonymizeLeadsKind]: anonymizeClosedLeads };
