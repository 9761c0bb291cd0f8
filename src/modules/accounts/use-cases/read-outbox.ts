import { z } from 'zod';
import { hasRole, requireActor } from '../../../core/auth/actor.js';
import { personDataRoles } from '../../../core/auth/roles.js';
import { commonErrors } from '../../../core/errors.js';
import { OutboxMailer } from '../../../core/mail/mailer.js';
import { OutboxSmsSender } from '../../../core/sms/sms-sender.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';

/**
 * The development and demo outbox, read like personal data: a staff member sees the messages sent to
 * their own address (their password reset) and, in a role that works with people's files, those sent
 * for the organization they act for (appointments, reminders, sign-up acknowledgements, invitations
 * of colleagues, follow-up links) — e-mails while no SMTP server is configured, and texts (SMS) while
 * no SMS provider is, newest first. Messages of other organizations, and other accounts' resets, are
 * never shown. Each read is audited with the count. The route does not exist in production, nor when
 * both mail and texts really leave (see routes).
 */
export const readOutbox = defineUseCase(z.object({}), async ({ ctx, trx, deps, audit }) => {
  const actor = requireActor(ctx);
  const mailer = deps.mailer instanceof OutboxMailer ? deps.mailer : null;
  const sms = deps.sms instanceof OutboxSmsSender ? deps.sms : null;
  if (!mailer && !sms) throw commonErrors.routeNotFound();
  const user = await accountsRepository(trx).findUser(actor.userId);
  const ownAddress = user?.email.toLowerCase();
  const seesOrganization = hasRole(actor, personDataRoles);
  const forOrganization = (organizationId: string | null | undefined) =>
    seesOrganization && organizationId != null && organizationId === actor.organizationId;
  const mails = (mailer?.messages ?? []).filter(
    (mail) => mail.to.toLowerCase() === ownAddress || forOrganization(mail.organizationId),
  );
  const texts = (sms?.messages ?? []).filter((text) => forOrganization(text.organizationId));
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'outbox.read',
    resourceType: 'outbox',
    resourceId: null,
    requestId: ctx.requestId,
    details: { messages: mails.length, texts: texts.length },
  });
  const items = [
    ...mails.map((mail) => ({
      id: mail.id,
      channel: 'email' as const,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      sentAt: mail.sentAt,
    })),
    ...texts.map((text) => ({
      id: text.id,
      channel: 'sms' as const,
      to: text.to,
      subject: null,
      text: text.text,
      sentAt: text.sentAt,
    })),
  ].sort((a, b) => b.sentAt.localeCompare(a.sentAt));
  return { items, sms: deps.sms.delivery };
});
