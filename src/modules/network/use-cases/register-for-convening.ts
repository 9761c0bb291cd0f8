import { z } from 'zod';
import { registrationBody } from '../../../contracts/network.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { partnersRepository } from '../adapters/partners-repository.js';
import { networkErrors } from '../errors.js';
import { visibleConvening } from './convening-access.js';

/**
 * Staff register a contact of the organization's network (named from the contact, their partner's kind
 * counted) or anyone else. Within the capacity; twice the same contact or address is refused. Audited.
 */
export const registerForConvening = defineUseCase(
  z.object({ conveningId: z.uuid(), body: registrationBody }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    const convening = await visibleConvening(trx, actor, input.conveningId, true);
    if (convening.capacity !== null && convening.registered >= convening.capacity)
      throw networkErrors.conveningFull({ capacity: convening.capacity });
    const body = input.body;
    let contact: Awaited<ReturnType<ReturnType<typeof partnersRepository>['findContact']>>;
    if (body.contactId) {
      contact = await partnersRepository(trx).findContact(body.contactId);
      if (!contact || contact.organizationId !== actor.organizationId) throw networkErrors.contactNotFound();
    }
    const id = newId();
    const written = await conveningsRepository(trx).insertRegistration({
      id,
      organizationId: actor.organizationId,
      conveningId: convening.id,
      contactId: contact?.id ?? null,
      name: contact?.name ?? body.name ?? '',
      email: contact ? contact.email : (body.email ?? null),
      partnerName: contact ? null : (body.partnerName ?? null),
      partnerKind: contact ? null : (body.partnerKind ?? null),
      needs: body.needs ?? null,
      source: 'staff',
      now,
    });
    if (!written) throw networkErrors.alreadyRegistered();
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'network.registration_add',
      resourceType: 'network_registration',
      resourceId: id,
      requestId: ctx.requestId,
      details: { conveningId: convening.id, contact: contact !== undefined, needs: Boolean(body.needs) },
    });
    return { id };
  },
);
