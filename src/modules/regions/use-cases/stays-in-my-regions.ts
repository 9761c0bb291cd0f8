import { z } from 'zod';
import { pageQuery } from '../../../contracts/define.js';
import type { StaySummaryView } from '../../../contracts/regions.js';
import { stayStatuses } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { presentStaySummaries } from './present-stays.js';
import { partnerScopes, stayRoles } from './stay-access.js';

/**
 * The stays a regional partner sees: those it hosts, and those of the consortium's households in the
 * regions it covers, newest first, one page at a time (the page's stays only are presented and audited).
 * Names only under consent (see present-stays); each stay's read audited.
 */
export const staysInMyRegions = defineUseCase(
  z.object({ status: z.enum(stayStatuses).optional(), ...pageQuery.shape }),
  async ({
    input,
    ctx,
    trx,
    now,
    audit,
  }): Promise<{ items: StaySummaryView[]; page: number; pageSize: number; total: number }> => {
    const actor = requireActor(ctx);
    requireRole(actor, stayRoles);
    const scopes = await partnerScopes(trx, actor.organizationId);
    const repo = regionsRepository(trx);
    const { page, pageSize } = input;
    const total = await repo.countStaysSeenByPartner(actor.organizationId, scopes, input.status);
    const rows = await repo.staysSeenByPartner(actor.organizationId, scopes, {
      status: input.status,
      limit: pageSize,
      offset: (page - 1) * pageSize,
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
    return { items, page, pageSize, total };
  },
);
