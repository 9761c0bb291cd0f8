import { z } from 'zod';
import type { StaySummaryView } from '../../../contracts/regions.js';
import { stayStatuses } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { presentStaySummaries } from './present-stays.js';
import { partnerScopes, stayRoles } from './stay-access.js';

const MAX_STAYS = 200;

/**
 * The stays a regional partner sees: those it hosts, and those of the consortium's households in the
 * regions it covers, newest first. Names only under consent (see present-stays); each stay's read audited.
 */
export const staysInMyRegions = defineUseCase(
  z.object({ status: z.enum(stayStatuses).optional() }),
  async ({ input, ctx, trx, now, audit }): Promise<{ items: StaySummaryView[] }> => {
    const actor = requireActor(ctx);
    requireRole(actor, stayRoles);
    const scopes = await partnerScopes(trx, actor.organizationId);
    const rows = await regionsRepository(trx).staysSeenByPartner(actor.organizationId, scopes, {
      status: input.status,
      limit: MAX_STAYS,
    });
    const items = await presentStaySummaries(
      trx,
      { actor, requestId: ctx.requestId, audit, now },
      rows.map((row) => ({ row, side: 'host' as const })),
      'list',
    );
    for (const row of rows)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: row.organization_id,
        action: 'stay.list_region',
        resourceType: 'exploratory_stay',
        resourceId: row.id,
        personId: row.person_id,
        requestId: ctx.requestId,
        details: {},
      });
    return { items };
  },
);
