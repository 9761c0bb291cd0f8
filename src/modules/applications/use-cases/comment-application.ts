import { z } from 'zod';
import { applicationCommentBody } from '../../../contracts/applications.js';
import { defineUseCase } from '../../../core/use-case.js';
import { applicationsRepository } from '../adapters/applications-repository.js';
import { applicationActor, visibleApplication } from './application-access.js';

const input = applicationCommentBody.extend({ applicationId: z.uuid() });

/**
 * A comment on an application (an employer's feedback after an interview, a call to make). Free text
 * stays out of the timeline, which shows the moves only; audited (its length, never its words).
 */
export const commentApplication = defineUseCase(input, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = applicationActor(ctx, true);
  const application = await visibleApplication(trx, actor, input.applicationId);
  const id = newId();
  await applicationsRepository(trx).insertComment({
    id,
    applicationId: application.id,
    organizationId: application.organizationId,
    personId: application.personId,
    body: input.body,
    authorUserId: actor.userId,
    createdAt: now,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: application.organizationId,
    action: 'application.comment',
    resourceType: 'job_application',
    resourceId: application.id,
    personId: application.personId,
    requestId: ctx.requestId,
    details: { length: input.body.length },
  });
  return { id };
});
