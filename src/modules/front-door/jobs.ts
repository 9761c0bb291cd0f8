import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import type { IdGenerator } from '../../core/ids.js';
import { enqueueJob, type JobHandlers, scheduleDailyJob } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { addDays } from '../outcomes/domain/dates.js';
import { programForFigures } from '../programs/api.js';
import { frontDoorRepository } from './adapters/front-door-repository.js';
import { assignmentNoticeMail } from './assignment-mail.js';
import type { FrontDoorLanguage } from './domain/vocabulary.js';

export const assignmentNoticeKind = 'front-door.send-assignment-notice';
export const anonymizeRequestsKind = 'front-door.anonymize-requests';
const anonymizeHourUtc = 3;
/** How long a request never opened as a file keeps names and contacts after it was last received: a year. */
export const requestKeptDays = 365;

/** Enqueued in the assignment's transaction: no notice for an assignment that did not commit. */
export async function enqueueAssignmentNotice(
  db: Executor,
  newId: IdGenerator,
  requestId: string,
  organizationId: string,
  now: Date,
) {
  await enqueueJob(db, {
    id: newId(),
    kind: assignmentNoticeKind,
    payload: { requestId, organizationId },
    runAt: now,
    now,
    dedupeKey: `${assignmentNoticeKind}:${requestId}:${organizationId}`,
  });
}

/** Tells the person who will contact them, in their language; nothing when it was reassigned since. */
async function sendAssignmentNotice(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const request = await frontDoorRepository(trx).find(String(payload.requestId));
    if (!request?.email || request.givenName === null) return;
    const organizationId = String(payload.organizationId);
    if (request.assignedOrganizationId !== organizationId) return;
    const [organizations, program] = await Promise.all([
      organizationsApi(trx).listOrganizations([organizationId]),
      programForFigures(trx, null, request.programId),
    ]);
    const language = request.language as FrontDoorLanguage;
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: request.organizationId,
      action: 'front_door.assignment_notice',
      resourceType: 'front_door_request',
      resourceId: request.id,
      requestId: `job:${assignmentNoticeKind}`,
      details: { language },
    });
    await deps.mailer.send({
      ...assignmentNoticeMail({
        language,
        name: request.givenName,
        programName: (language === 'fr' ? program?.nameFr : program?.nameEn) ?? '',
        organizationName: organizations[0]?.name ?? '',
      }),
      to: request.email,
      organizationId,
    });
  });
}

const utcDay = (deps: Deps) => deps.clock.now().toISOString().slice(0, 10);

export function scheduleRequestAnonymization(deps: Deps, day = utcDay(deps)) {
  return scheduleDailyJob(deps, anonymizeRequestsKind, anonymizeHourUtc, day);
}

/**
 * Every night, requests never opened as a file and last received more than a year ago lose names,
 * contacts, household and free text; what was routed where, when, and the household's size stay for
 * the figures. A request that became a file is the file's, under the file's own retention.
 */
async function anonymizeRequests(deps: Deps): Promise<void> {
  const now = deps.clock.now();
  const before = addDays(utcDay(deps), -requestKeptDays);
  await deps.db.transaction().execute(async (trx) => {
    const count = await frontDoorRepository(trx).anonymize(
      { notConvertedBefore: new Date(`${before}T00:00:00Z`) },
      now,
    );
    if (count > 0)
      await auditWriter(trx, () => now, deps.newId).record({
        actorUserId: null,
        organizationId: null,
        subjectOrganizationId: null,
        action: 'front_door.requests_anonymize',
        resourceType: 'front_door_request',
        resourceId: null,
        requestId: `job:${anonymizeRequestsKind}`,
        details: { count, receivedBefore: before },
      });
  });
  await scheduleRequestAnonymization(deps, addDays(utcDay(deps), 1));
}

export const frontDoorJobHandlers: JobHandlers = {
  [assignmentNoticeKind]: sendAssignmentNotice,
  [anonymizeRequestsKind]: anonymizeRequests,
};
