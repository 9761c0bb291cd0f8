import { z } from 'zod';
import { pageOf } from '../../../contracts/define.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { personDataRoles, type Role, staffAdminRoles } from '../../../core/auth/roles.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { accountsRepository } from '../adapters/accounts-repository.js';

/** Staff of the actor's organization; everyone who works with people may see who their colleagues are. */
export const listStaff = defineUseCase(
  z.object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(100),
  }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, [...new Set([...personDataRoles, ...staffAdminRoles])]);
    const memberships = await organizationsApi(trx).staffOfOrganization(actor.organizationId);
    const users = await accountsRepository(trx).findUsers(memberships.map((m) => m.userId));
    const roleOf = new Map(memberships.map((m) => [m.userId, m.role as Role]));
    const rows = users.map((u) => ({
      userId: u.id,
      displayName: u.displayName,
      email: u.email,
      role: roleOf.get(u.id)!,
      secondFactorEnabled: u.totpEnabledAt !== null,
      disabled: u.disabledAt !== null,
    }));
    return pageOf(rows, input.page, input.pageSize);
  },
);
