import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import type { IdGenerator } from '../../core/ids.js';
import { enqueueJob, type JobHandlers } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { sessionsRepository } from './adapters/sessions-repository.js';
import { signupRepository } from './adapters/signup-repository.js';
import { signupAcknowledgementMail } from './signup-mail.js';

export const signupAcknowledgementKind = 'sessions.send-signup-acknowledgement';

/** Enqueued in the request's transaction: no acknowledgement for a request that was not written. */
export async function enqueueSignupAcknowledgement(
  db: Executor,
  newId: IdGenerator,
  requestId: string,
  now: Date,
) {
  await enqueueJob(db, {
    id: newId(),
    kind: signupAcknowledgementKind,
    payload: { requestId },
    runAt: now,
    now,
    dedupeKey: `${signupAcknowledgementKind}:${requestId}`,
  });
}

/** Tells the person, in the language they chose, that the request arrived and what comes next. */
async function sendSignupAcknowledgement(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const request = await signupRepository(trx).findRequest(String(payload.requestId));
    if (!request) return;
    const [series, organizations] = await Promise.all([
      sessionsRepository(trx).findSeries(request.seriesId),
      organizationsApi(trx).listOrganizations([request.organizationId]),
    ]);
    if (!series) return;
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: request.organizationId,
      action: 'session.signup_acknowledgement',
      resourceType: 'session_signup_request',
      resourceId: request.id,
      personId: request.personId,
      requestId: `job:${signupAcknowledgementKind}`,
      details: { language: request.preferredLanguage },
    });
    await deps.mailer.send({
      ...signupAcknowledgementMail({
        locale: request.preferredLanguage,
        name: request.givenName,
        title: series.title,
        organizationName: organizations[0]?.name ?? '',
      }),
      to: request.email,
      organizationId: request.organizationId,
    });
  });
}

export const signupJobHandlers: JobHandlers = {
  [signupAcknowledgementKind]: sendSignupAcknowledgement,
};
