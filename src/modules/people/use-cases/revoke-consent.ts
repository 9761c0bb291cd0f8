import { z } from 'zod';
import { isoDate } from '../../../contracts/define.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { peopleErrors } from '../errors.js';
import { visiblePerson } from './person-access.js';

export const revokeConsentInput = z.object({ personId: z.uuid(), itemId: z.uuid(), revokedOn: isoDate });

/** A withdrawn consent stays in the file with its date: what was allowed before it remains explainable. */
export const revokeConsent = defineUseCase(revokeConsentInput, async ({ input, ctx, trx, audit }) => {
  const actor = requireActor(ctx);
  const person = await visiblePerson(trx, actor, input.personId);
  const updated = await peopleRepository(trx).updateItem('consents', input.itemId, person.id, {
    revoked_on: input.revokedOn,
  });
  if (!updated) throw peopleErrors.itemNotFound();
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: person.organizationId,
    action: 'consent.revoke',
    resourceType: 'consent',
    resourceId: input.itemId,
    personId: person.id,
    requestId: ctx.requestId,
  });
  return { ok: true as const };
});
