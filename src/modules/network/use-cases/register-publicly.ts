import { z } from 'zod';
import { publicRegistrationBody } from '../../../contracts/network.js';
import { defineUseCase } from '../../../core/use-case.js';
import { conveningsRepository } from '../adapters/convenings-repository.js';
import { openConvening } from './public-convening.js';

/**
 * Anyone registers on the public page of a convening open to registration. The answer is the same
 * whether the address registered before or not (only a first registration is written), so that the
 * form reveals nothing about who comes; `full` once every seat is taken. A filled honeypot (robots) is
 * answered alike and dropped. Audited without the registrant's data.
 */
export const registerPublicly = defineUseCase(
  publicRegistrationBody.extend({ conveningId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const convening = await openConvening(trx, input.conveningId, now, true);
    if (input.website) return { status: 'received' as const };
    if (convening.capacity !== null && convening.registered >= convening.capacity)
      return { status: 'full' as const };
    const id = newId();
    const written = await conveningsRepository(trx).insertRegistration({
      id,
      organizationId: convening.organizationId,
      conveningId: convening.id,
      contactId: null,
      name: input.name,
      email: input.email,
      partnerName: input.partnerName ?? null,
      partnerKind: input.partnerKind ?? null,
      needs: input.needs ?? null,
      source: 'public',
      now,
    });
    await audit.record({
      actorUserId: null,
      organizationId: null,
      subjectOrganizationId: convening.organizationId,
      action: 'network.registration_public',
      resourceType: 'network_registration',
      resourceId: written ? id : null,
      requestId: ctx.requestId,
      details: { conveningId: convening.id, repeated: !written, language: input.language },
    });
    return { status: 'received' as const };
  },
);
