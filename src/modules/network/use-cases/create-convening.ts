import { conveningBody } from '../../../contracts/network.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { networkRoles } from '../domain/network-roles.js';
import { conveningFieldsOf } from './convening-access.js';

/** A convening of the organization (a forum of stakeholders, a partners' meeting). Audited. */
export const createConvening = defineUseCase(
  conveningBody,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, networkRoles);
    const fields = conveningFieldsOf(input);
    const id = newId();
    await conveningsRepository(trx).insertConvening({
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
      action: 'network.convening_create',
      resourceType: 'network_convening',
      resourceId: id,
      requestId: ctx.requestId,
      details: { publicRegistration: fields.publicRegistration, capacity: fields.capacity },
    });
    return { id };
  },
);
