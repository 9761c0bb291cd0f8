import { z } from 'zod';
import { pageOf, pageQuery } from '../../../contracts/define.js';
import { defineUseCase } from '../../../core/use-case.js';
import { offerSummary } from '../../offers/api.js';
import { personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { applicationErrors } from '../errors.js';
import { applicationActor } from './application-access.js';
import { applicationViews } from './application-views.js';

/**
 * The applications for an offer of the organization, newest first: those of people it follows (a file
 * it no longer holds drops out, like everywhere else). Audited, one entry per person shown.
 */
export const listOfferApplications = defineUseCase(
  pageQuery.extend({ offerId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = applicationActor(ctx, false);
    if (!(await offerSummary(trx, input.offerId, actor.organizationId)))
      throw applicationErrors.offerNotFound();
    const all = await applicationsRepository(trx).ofOffer(actor.organizationId, input.offerId);
    const followed = new Set<string>();
    for (const personId of new Set(all.map((a) => a.personId)))
      if (await personSummary(trx, personId, actor.organizationId)) followed.add(personId);
    const page = pageOf(
      all.filter((a) => followed.has(a.personId)),
      input.page,
      input.pageSize,
    );
    for (const application of page.items)
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'application.list',
        resourceType: 'job_offer',
        resourceId: input.offerId,
        personId: application.personId,
        requestId: ctx.requestId,
      });
    return { ...page, items: await applicationViews(trx, actor.organizationId, page.items) };
  },
);
