import { z } from 'zod';
import { engagementBody } from '../../../contracts/employers.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { employerDetailsRepository } from '../adapters/details-repository.js';
import { employerErrors } from '../errors.js';
import { writableEmployer } from './employer-access.js';

/**
 * Records an exchange with an employer of the actor's organization — a call, a visit, an event, an
 * agreement, an e-mail — on its own timeline, with whom (one of its contacts) and who recorded it.
 * The summary stays out of the audit log.
 */
export const recordEngagement = defineUseCase(
  engagementBody.extend({ employerId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const employer = await writableEmployer(trx, actor, input.employerId);
    const details = employerDetailsRepository(trx);
    const contactId = input.contactId ?? null;
    if (contactId && !(await details.findContact(contactId, employer.id)))
      throw employerErrors.contactNotFound();
    const id = newId();
    await details.insertEngagement({
      id,
      employerId: employer.id,
      organizationId: employer.organizationId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      summary: input.summary,
      contactId,
      recordedBy: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'employer_engagement.record',
      resourceType: 'employer_engagement',
      resourceId: id,
      requestId: ctx.requestId,
      details: { employerId: employer.id, kind: input.kind, withContact: contactId !== null },
    });
    return { id };
  },
);
