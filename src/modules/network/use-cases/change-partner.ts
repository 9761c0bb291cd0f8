import { z } from 'zod';
import { partnerBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { writablePartner } from './partner-access.js';
import { partnerFieldsOf } from './partner-fields.js';

/** Changes one of the organization's partners (a shared one is read only). Audited with the fields changed. */
export const changePartner = defineUseCase(
  z.object({ partnerId: z.uuid(), body: partnerBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    const partner = await writablePartner(trx, actor, input.partnerId);
    const fields = await partnerFieldsOf(trx, actor.organizationId, input.body);
    await partnersRepository(trx).updatePartner(partner.id, actor.organizationId, fields, now);
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (key) => JSON.stringify(fields[key]) !== JSON.stringify(partner[key]),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.partner_change',
      resourceType: 'network_partner',
      resourceId: partner.id,
      requestId: ctx.requestId,
      details: { fields: changed },
    });
    return undefined;
  },
);
