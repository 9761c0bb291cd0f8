import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { referentRepository } from '../adapters/referent-repository.js';
import { visiblePerson } from './person-access.js';

/** Who followed the person, newest change first, with the reasons given; the read is audited. */
export const referentHistory = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const changes = await referentRepository(trx).historyOf(actor.organizationId, person.id);
    const names = await accountsApi(trx).displayNames(
      changes.flatMap((c) => [c.toUserId, c.changedBy, ...(c.fromUserId ? [c.fromUserId] : [])]),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'person.referent_history.read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { results: changes.length },
    });
    return {
      items: changes.map((c) => ({
        id: c.id,
        fromUserId: c.fromUserId,
        fromName: c.fromUserId ? (names.get(c.fromUserId) ?? null) : null,
        toUserId: c.toUserId,
        toName: names.get(c.toUserId) ?? null,
        reason: c.reason,
        changedByName: names.get(c.changedBy) ?? null,
        changedAt: new Date(c.changedAt).toISOString(),
      })),
    };
  },
);
