import { auditWriter } from '../../core/audit/audit-log.js';
import type { Executor } from '../../core/db/types.js';
import { enqueueJob, type JobHandlers } from '../../core/jobs/job-queue.js';
import type { Deps } from '../../core/use-case.js';
import { organizationsApi } from '../organizations/api.js';
import { messagesRepository } from './adapters/messages-repository.js';
import { personalize } from './domain/message-template.js';
import { messageCheck } from './message-recipients.js';

export const messageMailKind = 'caseload.send-message';

/** Enqueued in the message's transaction: ids only, the text and the address are read when sending. */
export async function enqueueMessageMail(
  db: Executor,
  deps: { newId: () => string },
  payload: { messageId: string; personId: string },
  now: Date,
) {
  await enqueueJob(db, {
    id: deps.newId(),
    kind: messageMailKind,
    payload,
    runAt: now,
    now,
    dedupeKey: `${messageMailKind}:${payload.messageId}:${payload.personId}`,
  });
}

/**
 * Sends one person the message, personalized with their given name, if they may still receive it
 * (address and consent checked again: a consent withdrawn since is respected). Audited either way.
 */
async function sendMessage(deps: Deps, payload: Record<string, unknown>): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const message = await messagesRepository(trx).find(String(payload.messageId));
    if (!message) return;
    const personId = String(payload.personId);
    const today = await organizationsApi(trx).todayOf(message.organizationId, now);
    const check = await messageCheck(trx, message.organizationId, personId, today);
    await auditWriter(trx, () => now, deps.newId).record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: message.organizationId,
      action: 'person.message_mail',
      resourceType: 'caseload_message',
      resourceId: message.id,
      personId,
      requestId: `job:${messageMailKind}`,
      details: { sent: check.skip === null, skipped: check.skip },
    });
    if (check.skip !== null || !check.email) return;
    await deps.mailer.send({
      to: check.email,
      subject: message.subject,
      text: personalize(message.body, check.givenName ?? ''),
      organizationId: message.organizationId,
    });
  });
}

export const caseloadJobHandlers: JobHandlers = { [messageMailKind]: sendMessage };
