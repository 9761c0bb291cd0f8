import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { hashPassword, verifyPassword } from '../domain/passwords.js';
import { accountErrors } from '../errors.js';
import { requireAcceptablePassword } from './new-password.js';

export const changePasswordInput = z.object({
  currentPassword: z.string().max(1000),
  newPassword: z.string().max(1000),
});

/**
 * A logged-in staff member chooses a new password, proving the current one. The session in use goes
 * on; every other session of the account and every reset link not used yet end (ADR 5).
 */
export const changePassword = defineUseCase(changePasswordInput, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  const repo = accountsRepository(trx);
  const user = await repo.findUser(actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw accountErrors.currentPasswordWrong();
  requireAcceptablePassword(input.newPassword, [user.email, user.displayName]);
  await repo.updateUser(user.id, { passwordHash: await hashPassword(input.newPassword) });
  await repo.discardUnusedResetTokens(user.id);
  const ended = await sessionsRepository(trx).endOtherSessions(user.id, actor.sessionId, now);
  await audit.record({
    actorUserId: user.id,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'password.changed',
    resourceType: 'user',
    resourceId: user.id,
    requestId: ctx.requestId,
    details: { sessionsEnded: ended },
  });
  return { endedSessions: ended };
});
