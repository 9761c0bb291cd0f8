import { z } from 'zod';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { commonErrors } from '../../../core/errors.js';
import { OutboxMailer } from '../../../core/mail/mailer.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';

/**
 * The development and demo outbox, read like personal data: a staff member sees the messages sent to
 * their own address (their password reset) and, in a role that works with people's files, those sent
 * for the organization they act for (appointments, reminders, sign-up acknowledgements, invitations
 * of colleagues). Messages of other organizations, and other accounts' resets, are never shown. Each
 * read is audited with the count. The route does not exist in production or with SMTP (see routes).
 */
export const readOutbox = defineUseCase(z.object({}), async ({ ctx, trx, deps, audit }) => {
  const actor = requireActor(ctx);
  if (!(deps.mailer instanceof OutboxMailer)) throw commonErrors.routeNotFound();
  const user = await accountsRepository(trx).findUser(actor.userId);
  const ownAddress = user?.email.toLowerCase();
  const seesOrganization = hasRole(actor, personDataRoles);
  const items = deps.mailer.messages.filter(
    (mail) =>
      mail.to.toLowerCase() === ownAddress ||
      (seesOrganization && mail.organizationId != null && mail.organizationId === actor.organizationId),
  );
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'outbox.read',
    resourceType: 'outbox',
    resourceId: null,
    requestId: ctx.requestId,
    details: { messages: items.length },
  });
  return {
    items: items.map((mail) => ({
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      sentAt: mail.sentAt,
    })),
  };
});
