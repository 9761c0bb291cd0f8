import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationErrors } from '../errors.js';
import { applicationActor, visibleApplication } from './application-access.js';
import { applicationViews } from './application-views.js';

/** One application with its history and comments, scoped like the person's file. Audited. */
export const getApplication = defineUseCase(
  z.object({ applicationId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = applicationActor(ctx, false);
    const application = await visibleApplication(trx, actor, input.applicationId);
    const [view] = await applicationViews(trx, actor.organizationId, [application]);
    if (!view) throw applicationErrors.applicationNotFound();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: application.organizationId,
      action: 'application.read',
      resourceType: 'job_application',
      resourceId: application.id,
      personId: application.personId,
      requestId: ctx.requestId,
    });
    return view;
  },
);
