import { z } from 'zod';
import { pageOf, pageQuery } from '../../../contracts/define.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { hasConsent, personSummary } from '../../people/api.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { applicationErrors } from '../errors.js';
import { applicationActor } from './application-access.js';
import { applicationViews } from './application-views.js';
import { sendingPurpose } from './move-application.js';

/**
 * A person's applications, newest first, with whether their consent to contacting employers is in
 * force today (the screen warns before a file is sent). Scoped like the file; audited.
 */
export const listPersonApplications = defineUseCase(
  pageQuery.extend({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = applicationActor(ctx, false);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw applicationErrors.personNotFound();
    const all = await applicationsRepository(trx).ofPerson(actor.organizationId, input.personId);
    const page = pageOf(all, input.page, input.pageSize);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const consent = await hasConsent(trx, input.personId, sendingPurpose, null, today);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'application.list',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { count: page.items.length },
    });
    return {
      ...page,
      items: await applicationViews(trx, actor.organizationId, page.items),
      consentToContactEmployers: consent,
    };
  },
);
