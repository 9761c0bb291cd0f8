import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { employerErrors } from '../errors.js';
import { writableEmployer } from './employer-access.js';

/**
 * Removes a site from an employer's list. The row stays (marked removed) so that the offers, hires
 * and immersions that named it keep their address (`siteSummary` says it was removed).
 */
export const removeSite = defineUseCase(
  z.object({ employerId: z.uuid(), siteId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const site = await details.findSite(input.siteId, employer.id, true);
    if (!site || site.removedAt) throw employerErrors.siteNotFound();
    await details.removeSite(site.id, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_site.remove',
      resourceType: 'employer_site',
      resourceId: site.id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, wasHeadOffice: site.headOffice },
    });
    return { id: site.id };
  },
);
