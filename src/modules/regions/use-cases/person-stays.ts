import { z } from 'zod';
import type { StaySummaryView } from '../../../contracts/regions.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { personSummary } from '../../people/api.js';
import { regionsRepository } from '../adapters/regions-repository.js';
import { regionErrors } from '../errors.js';
import { presentStaySummaries } from './present-stays.js';
import { stayRoles } from './stay-access.js';

/** The stays of a file of the organization (as the household's main contact or as a traveller); audited. */
export const personStays = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }): Promise<{ items: StaySummaryView[] }> => {
    const actor = requireActor(ctx);
    requireRole(actor, stayRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw regionErrors.personNotFound();
    const rows = await regionsRepository(trx).staysOfPerson(input.personId, actor.organizationId);
    const items = await presentStaySummaries(
      trx,
      { actor, requestId: ctx.requestId, audit, now },
      rows.map((row) => ({ row, side: 'owner' as const })),
      'list',
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'stay.list',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { results: items.length },
    });
    return { items };
  },
);
