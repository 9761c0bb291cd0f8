import { z } from 'zod';
import type { SessionView } from '../../../contracts/accounts.js';
import { requireActor } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';

/** Everything the web application needs to know about who is working, for whom. */
export const currentSession = defineUseCase(
  z.object({ csrfToken: z.string() }),
  async ({ input, ctx, trx }): Promise<SessionView> => {
    const actor = requireActor(ctx);
    const organizations = organizationsApi(trx);
    const [user, organization, memberships, consortia] = await Promise.all([
      accountsRepository(trx).findUser(actor.userId),
      organizations.findOrganization(actor.organizationId),
      organizations.membershipsOfUser(actor.userId),
      organizations.consortiaOfOrganization(actor.organizationId),
    ]);
    if (!user || !organization) throw new Error('session without user or organization');
    return {
      user: { id: user.id, displayName: user.displayName, email: user.email, locale: actor.locale },
      organization: {
        id: organization.id,
        name: organization.name,
        kind: organization.kind,
        country: organization.country,
        timeZone: organization.timeZone,
      },
      role: actor.role,
      memberships: memberships.map((m) => ({
        organizationId: m.organizationId,
        organizationName: m.organizationName,
        role: m.role as Role,
      })),
      consortia: consortia.map((c) => ({
        id: c.id,
        name: c.name,
        coordinated: c.coordinatingOrganizationId === actor.organizationId,
      })),
      csrfToken: input.csrfToken,
      secondFactorEnabled: user.totpEnabledAt !== null,
    };
  },
);
