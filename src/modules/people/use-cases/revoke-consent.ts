import { z } from 'zod';
import { revokeConsentBody } from '../../../contracts/people.js';
import { requireActor } from '../../../core/auth/actor.js';
import { onDay } from '../../../core/timeline/timeline.js';
import { defineUseCase } from '../../../core/use-case.js';
import { peopleRepository } from '../adapters/people-repository.js';
import { peopleErrors } from '../errors.js';
import { visiblePerson } from './person-access.js';

export const revokeConsentInput = revokeConsentBody.extend({ personId: z.uuid(), itemId: z.uuid() });

/** A withdrawn consent stays in the file with its date: what was allowed before it remains explainable. */
export const revokeConsent = defineUseCase(
  revokeConsentInput,
  async ({ input, ctx, trx, audit, timeline }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const repo = peopleRepository(trx);
    const consent = (await repo.consentsOf(person.id)).find((c) => c.id === input.itemId);
    const updated = await repo.updateItem('consents', input.itemId, person.id, {
      revoked_on: input.revokedOn,
    });
    if (!updated || !consent) throw peopleErrors.itemNotFound();
    await timeline.publish({
      organizationId: person.organizationId,
      personId: person.id,
      ...onDay(input.revokedOn),
      module: 'people',
      kind: 'consent.withdrawn',
      resourceType: 'consent',
      resourceId: input.itemId,
      data: { purpose: consent.purpose },
      recordedBy: actor.userId,
    });
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
  },
);
