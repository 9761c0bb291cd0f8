import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { roles, staffAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { organizationErrors } from '../../organizations/errors.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { passwordResetMinutes } from '../domain/login-policy.js';
import { hashPassword } from '../domain/passwords.js';
import { newSecretToken } from '../domain/tokens.js';
import { isValidTotpSecret } from '../domain/totp.js';
import { accountErrors } from '../errors.js';
import { requireAcceptablePassword } from './new-password.js';
import { passwordLink, passwordResetMail } from './password-reset-mail.js';
import { sealTotpSecret } from './totp-secret-storage.js';

export const createStaffAccountInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  displayName: z.string().trim().min(2).max(200),
  role: z.enum(roles),
  /** Only the platform itself (command line, demo) names the organization; staff act for their own. */
  organizationId: z.uuid().optional(),
  locale: z.enum(['fr', 'en']).default('fr'),
  /** Only the platform may set a password or a second-factor secret; staff are invited by e-mail. */
  password: z.string().max(1000).optional(),
  /**
   * How a new account without a password learns where to choose it: by e-mail (an administrator's
   * invitation), or as a link returned to the platform's command line, which prints it once (the first
   * administrator of an installation whose mail may not work yet). Never a password made up for them.
   */
  invitationDelivery: z.enum(['mail', 'link']).default('mail'),
  /** Strict Base32 of whole bytes, at least 128 bits: every authenticator app reads the same key. */
  totpSecret: z
    .string()
    .max(1024)
    .refine(isValidTotpSecret, 'Not a Base32 secret of at least 128 bits')
    .optional(),
});

/**
 * Gives a role in an organization to a new or existing account. A new account invited by an
 * administrator receives an e-mail to choose its password.
 */
export const createStaffAccount = defineUseCase(
  createStaffAccountInput,
  async ({ input, ctx, trx, now, newId, audit, deps }) => {
    let organizationId: string;
    if (ctx.system) {
      if (!input.organizationId) throw organizationErrors.organizationNotFound();
      organizationId = input.organizationId;
    } else {
      const actor = requireActor(ctx);
      requireRole(actor, staffAdminRoles);
      if (
        input.password ||
        input.totpSecret ||
        input.invitationDelivery !== 'mail' ||
        (input.organizationId && input.organizationId !== actor.organizationId)
      ) {
        throw accountErrors.notAMember();
      }
      organizationId = actor.organizationId;
    }
    const organization = await organizationsApi(trx).findOrganization(organizationId);
    if (!organization) throw organizationErrors.organizationNotFound();

    const repo = accountsRepository(trx);
    const existing = await repo.findUserByEmail(input.email);
    let userId = existing?.id;
    let invited = false;
    let invitationUrl: string | undefined;
    if (!userId) {
      userId = newId();
      if (input.password !== undefined)
        requireAcceptablePassword(input.password, [input.email, input.displayName]);
      const password = input.password ?? randomBytes(32).toString('base64url');
      await repo.insertUser({
        id: userId,
        email: input.email,
        displayName: input.displayName,
        passwordHash: await hashPassword(password),
        locale: input.locale,
        createdAt: now,
      });
      if (input.totpSecret)
        await repo.updateUser(userId, {
          totpSecret: sealTotpSecret(deps, userId, input.totpSecret),
          totpEnabledAt: now,
        });
      if (!input.password) {
        const { token, hash } = newSecretToken();
        // An invitation is a password reset valid for a week; a printed link, for a day (ASVS 6.4.1).
        const validHours = input.invitationDelivery === 'link' ? 24 : 7 * 24;
        await repo.insertResetToken({
          tokenHash: hash,
          userId,
          now,
          expiresAt: new Date(now.getTime() + validHours * 3_600_000),
        });
        if (input.invitationDelivery === 'link') invitationUrl = passwordLink(deps.publicUrl, token);
        else
          await deps.mailer.send({
            ...passwordResetMail(input.email, token, input.locale, deps.publicUrl, {
              invitation: true,
              organizationName: organization.name,
              minutes: passwordResetMinutes,
            }),
            organizationId,
          });
        invited = true;
      }
    }
    await organizationsApi(trx).upsertMembership(organizationId, userId, input.role, now);
    await audit.record({
      actorUserId: ctx.actor?.userId ?? null,
      organizationId: ctx.actor?.organizationId ?? null,
      subjectOrganizationId: organizationId,
      action: 'staff.grant_role',
      resourceType: 'user',
      resourceId: userId,
      requestId: ctx.requestId,
      details: { role: input.role, newAccount: !existing },
    });
    return { userId, invited, ...(invitationUrl ? { invitationUrl } : {}) };
  },
);
