import { z } from 'zod';
import { contactBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { writablePartner } from './partner-access.js';
import { contactFieldsOf } from './partner-fields.js';

/** A professional at one of the organization's partners: personal data, audited by field names only. */
export const addContact = defineUseCase(
  z.object({ partnerId: z.uuid(), body: contactBody }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const partner = await writablePartner(trx, actor, input.partnerId);
    const fields = contactFieldsOf(input.body);
    const id = newId();
    await partnersRepository(trx).insertContact({
      ...fields,
      id,
      organizationId: actor.organizationId,
      partnerId: partner.id,
      now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.contact_add',
      resourceType: 'network_contact',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        partnerId: partner.id,
        fields: (Object.keys(fields) as (keyof typeof fields)[]).filter((k) =>
          Array.isArray(fields[k]) ? (fields[k] as unknown[]).length > 0 : fields[k] !== null,
        ),
      },
    });
    return { id };
  },
);
