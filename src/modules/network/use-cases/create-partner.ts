import { partnerBody } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { partnerFieldsOf } from './partner-fields.js';

/** An organization of the network, the organization's own. Audited (field names, no values). */
export const createPartner = defineUseCase(partnerBody, async ({ input, ctx, trx, now, newId, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, networkRoles);
  const fields = await partnerFieldsOf(trx, actor.organizationId, input);
  const id = newId();
  await partnersRepository(trx).insertPartner({
    ...fields,
    id,
    organizationId: actor.organizationId,
    createdBy: actor.userId,
    now,
  });
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'network.partner_create',
    resourceType: 'network_partner',
    resourceId: id,
    requestId: ctx.requestId,
    details: {
      kind: fields.kind,
      shared: fields.sharedWithConsortium,
      employerLinked: fields.employerId !== null,
    },
  });
  return { id };
});
