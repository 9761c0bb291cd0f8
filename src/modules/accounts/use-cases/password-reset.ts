import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { passwordResetMinutes } from '../domain/login-policy.js';
import { hashPassword } from '../domain/passwords.js';
import { hashToken, newSecretToken } from '../domain/tokens.js';
import { accountErrors } from '../errors.js';
import { requireAcceptablePassword } from './new-password.js';
import { passwordResetMail } from './password-reset-mail.js';

export const requestPasswordResetInput = z.object({
  email: z.string().trim().toLowerCase().max(320),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/**
 * Answers the same whether or not the account exists, so it cannot be used to find accounts. A new
 * link ends the earlier ones of the account: only the latest e-mail works.
 */
export const requestPasswordReset = defineUseCase(
  requestPasswordResetInput,
  async ({ input, ctx, trx, now, deps, audit }) => {
    const repo = accountsRepository(trx);
    const user = await repo.findUserByEmail(input.email);
    if (!user || user.disabledAt) return { ok: true as const };
    const discarded = await repo.discardUnusedResetTokens(user.id);
    const { token, hash } = newSecretToken();
    await repo.insertResetToken({
      tokenHash: hash,
      userId: user.id,
      now,
      expiresAt: new Date(now.getTime() + passwordResetMinutes * 60_000),
    });
    const locale = user.locale === 'en' ? 'en' : input.locale;
    await deps.mailer.send(
      passwordResetMail(user.email, token, locale, deps.publicUrl, {
        invitation: false,
        minutes: passwordResetMinutes,
      }),
    );
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: null,
      action: 'password.reset_requested',
      resourceType: 'user',
      resourceId: user.id,
      requestId: ctx.requestId,
      details: { earlierLinksEnded: discarded },
    });
    return { ok: true as const };
  },
);

export const confirmPasswordResetInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().max(1000),
});

/**
 * Single use: the token is consumed atomically; every other link of the account and every open
 * session end with it.
 */
export const confirmPasswordReset = defineUseCase(
  confirmPasswordResetInput,
  async ({ input, ctx, trx, now, audit }) => {
    const repo = accountsRepository(trx);
    const userId = await repo.consumeResetToken(hashToken(input.token), now);
    if (!userId) throw accountErrors.resetTokenInvalid();
    const user = await repo.findUser(userId);
    if (!user) throw accountErrors.resetTokenInvalid();
    // Checked after the token so that a wrong link is told first; a refusal rolls the use back.
    requireAcceptablePassword(input.password, [user.email, user.displayName]);
    await repo.updateUser(userId, { passwordHash: await hashPassword(input.password) });
    await repo.discardUnusedResetTokens(userId);
    const ended = await repo.revokeAllSessions(userId, now);
    await audit.record({
      actorUserId: userId,
      organizationId: null,
      subjectOrganizationId: null,
      action: 'password.reset',
      resourceType: 'user',
      resourceId: userId,
      requestId: ctx.requestId,
      details: { sessionsEnded: ended },
    });
    return { ok: true as const };
  },
);
