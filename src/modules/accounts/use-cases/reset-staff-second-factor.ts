import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';
import { secondFactorRepository } from '../adapters/second-factor-repository.js';
import { identityChecks } from '../domain/identity-checks.js';
import { secondFactorRemovedMail } from './second-factor-removed-mail.js';
import { colleague } from './staff-lifecycle.js';

/**
 * Recovery of a lost second factor (ASVS 6.4.4): a director or administrator who has checked the
 * colleague's identity out of band (in person, on a video call, or by calling back a number already
 * known) removes the authenticator app. Every session of the account ends, the owner is told by e-mail,
 * and the next login with the password asks for a new app to be set up before anything opens — so the
 * recovery gives no one a way in that the password and a new app would not.
 */
export const resetStaffSecondFactor = defineUseCase(
  z.object({ userId: z.uuid(), identityCheck: z.enum(identityChecks) }),
  async ({ input, ctx, trx, now, audit, deps }) => {
    const actor = requireActor(ctx);
    const user = await colleague(trx, actor, input.userId, now);
    const hadSecondFactor = user.totpEnabledAt !== null;
    await secondFactorRepository(trx).remove(user.id);
    const endedSessions = await accountsRepository(trx).revokeAllSessions(user.id, now);
    const organization = await organizationsApi(trx).findOrganization(actor.organizationId);
    await deps.mailer.send({
      ...secondFactorRemovedMail(user.email, user.locale, {
        by: actor.displayName,
        organizationName: organization?.name ?? '',
      }),
      organizationId: actor.organizationId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'user.second_factor_reset',
      resourceType: 'user',
      resourceId: user.id,
      requestId: ctx.requestId,
      details: { identityCheck: input.identityCheck, hadSecondFactor, endedSessions },
    });
    return { ok: true as const, endedSessions };
  },
);
