import { z } from 'zod';
import { siteBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { employerErrors } from '../errors.js';
import { writableEmployer } from './employer-access.js';
import { changedSiteFields, siteFieldsOf } from './site-fields.js';

/** Changes a site of an employer of the actor's organization; its address is resolved again when it moved. */
export const changeSite = defineUseCase(
  siteBody.extend({ employerId: z.uuid(), siteId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const site = await details.findSite(input.siteId, employer.id, true);
    if (!site || site.removedAt) throw employerErrors.siteNotFound();
    const after = await siteFieldsOf(trx, employer, input, site);
    const fields = changedSiteFields(site, after);
    if (fields.length === 0) return { id: site.id, changed: false, located: site.placeCode !== null };
    if (after.headOffice && !site.headOffice) await details.clearHeadOffice(employer.id, now);
    await details.updateSite(site.id, after, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_site.update',
      resourceType: 'employer_site',
      resourceId: site.id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, fields, placeResolved: after.placeCode !== null },
    });
    return { id: site.id, changed: true, located: after.placeCode !== null };
  },
);
