import { bulkMessageBody } from '../../../contracts/caseload-work.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { messagesRepository } from '../adapters/messages-repository.js';
import { enqueueMessageMail } from '../jobs.js';
import { type MessageCheck, messageCheck } from '../message-recipients.js';

/** Who writes to the people they follow (administrators keep the files, they do not accompany). */
export const messageRoles: readonly Role[] = ['counselor', 'program_referent', 'coordinator', 'director'];

/**
 * E-mails the selected people who have an address and consented to receive the organization's
 * messages; the others are listed with the reason (not followed, file restricted, no address, no
 * consent). With `preview` nothing is written: the counselor sees who would be skipped first. The text
 * is stored once; one mail job per recipient (ids only) personalizes and sends it through the mailer.
 * Audited once with the counts, never the text.
 */
export const bulkMessage = defineUseCase(bulkMessageBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, messageRoles);
  const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
  const checks: MessageCheck[] = [];
  for (const personId of [...new Set(input.personIds)])
    checks.push(await messageCheck(trx, actor.organizationId, personId, today));
  const nameOf = (c: MessageCheck) =>
    c.givenName === null ? null : `${c.givenName} ${c.familyName ?? ''}`.trim();
  const recipients = checks.filter((c) => c.skip === null);
  const report = {
    recipients: recipients.map((c) => ({ personId: c.personId, name: nameOf(c) ?? '' })),
    skipped: checks.flatMap((c) =>
      c.skip === null
        ? []
        : // A person the organization does not follow is not named.
          [{ personId: c.personId, name: c.skip === 'not_found' ? null : nameOf(c), reason: c.skip }],
    ),
  };
  if (input.preview || recipients.length === 0) return { sent: false, ...report };
  const messageId = newId();
  await messagesRepository(trx).insert({
    id: messageId,
    organizationId: actor.organizationId,
    sentBy: actor.userId,
    subject: input.subject,
    body: input.body,
    recipients: recipients.length,
    now,
  });
  for (const recipient of recipients)
    await enqueueMessageMail(trx, { newId }, { messageId, personId: recipient.personId }, now);
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'person.bulk_message',
    resourceType: 'caseload_message',
    resourceId: messageId,
    requestId: ctx.requestId,
    details: {
      recipients: recipients.length,
      skipped: Object.fromEntries(
        ['not_found', 'restricted', 'no_email', 'no_consent'].map((reason) => [
          reason,
          report.skipped.filter((s) => s.reason === reason).length,
        ]),
      ),
    },
  });
  return { sent: true, ...report };
});
