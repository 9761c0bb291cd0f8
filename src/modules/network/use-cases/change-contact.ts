import { z } from 'zod';
import { contactBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { writableContact } from './partner-access.js';
import { contactFieldsOf } from './partner-fields.js';

/** Corrects a contact of one of the organization's partners. Audited with the names of the fields changed. */
export const changeContact = defineUseCase(
  z.object({ contactId: z.uuid(), body: contactBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const contact = await writableContact(trx, actor, input.contactId);
    const fields = contactFieldsOf(input.body);
    await partnersRepository(trx).updateContact(contact.id, actor.organizationId, fields, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.contact_change',
      resourceType: 'network_contact',
      resourceId: contact.id,
      requestId: ctx.requestId,
      details: {
        partnerId: contact.partnerId,
        fields: (Object.keys(fields) as (keyof typeof fields)[]).filter(
          (key) => JSON.stringify(fields[key]) !== JSON.stringify(contact[key]),
        ),
      },
    });
    return undefined;
  },
);
