import { z } from 'zod';
import { engagementBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { networkErrors } from '../errors.js';
import { writablePartner } from './partner-access.js';

/** A dated exchange with one of the organization's partners, its author the actor. Audited (kind only). */
export const recordEngagement = defineUseCase(
  z.object({ partnerId: z.uuid(), body: engagementBody }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const partner = await writablePartner(trx, actor, input.partnerId);
    const repo = partnersRepository(trx);
    const contactId = input.body.contactId ?? null;
    if (contactId !== null) {
      const contact = await repo.findContact(contactId);
      if (!contact || contact.organizationId !== actor.organizationId) throw networkErrors.contactNotFound();
      if (contact.partnerId !== partner.id) throw networkErrors.contactOfAnotherPartner();
    }
    const id = newId();
    await repo.insertEngagement({
      id,
      organizationId: actor.organizationId,
      partnerId: partner.id,
      contactId,
      occurredOn: input.body.occurredOn,
      kind: input.body.kind,
      summary: input.body.summary,
      authorId: actor.userId,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.engagement_record',
      resourceType: 'network_partner',
      resourceId: partner.id,
      requestId: ctx.requestId,
      details: { kind: input.body.kind, withContact: contactId !== null },
    });
    return { id };
  },
);
