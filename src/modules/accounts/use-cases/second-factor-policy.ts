import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { staffAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { secondFactorPolicies } from '../../organizations/domain/second-factor-policy.js';
import { organizationErrors } from '../../organizations/errors.js';
import { accountsApi } from '../api.js';

// The setting is stored by organizations; changing it is an account-security decision that asks for a
// recent proof of identity, which accounts owns (organizations may not depend on accounts).

/** Who must have a second factor in the actor's organization (directors and administrators read it). */
export const getSecondFactorPolicy = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = requireActor(ctx);
  requireRole(actor, staffAdminRoles);
  const policy = (await organizationsApi(trx).secondFactorPolicies([actor.organizationId])).get(
    actor.organizationId,
  );
  if (!policy) throw organizationErrors.organizationNotFound();
  return { requiredFor: policy };
});

/**
 * Changes who must have a second factor, after a recent proof of identity: weakening it opens every
 * staff account to a stolen password. Takes effect at each person's next login.
 */
export const setSecondFactorPolicy = defineUseCase(
  z.object({ requiredFor: z.enum(secondFactorPolicies) }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, staffAdminRoles);
    await accountsApi(trx).requireRecentAuthentication(actor, now);
    const organizations = organizationsApi(trx);
    const before = (await organizations.secondFactorPolicies([actor.organizationId])).get(
      actor.organizationId,
    );
    if (!before) throw organizationErrors.organizationNotFound();
    await organizations.setSecondFactorPolicy(actor.organizationId, input.requiredFor);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'organization.second_factor_policy',
      resourceType: 'organization',
      resourceId: actor.organizationId,
      requestId: ctx.requestId,
      details: { from: before, to: input.requiredFor },
    });
    return { requiredFor: input.requiredFor };
  },
);
