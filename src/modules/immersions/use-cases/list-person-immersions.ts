import { z } from 'zod';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { personJobVisits } from '../../sessions/api.js';
import { immersionsRepository } from '../adapters/immersions-repository.js';
import { followedPerson, immersionActor } from './immersion-access.js';
import { immersionViews } from './immersion-views.js';

/**
 * The immersions and internships in a person's file, newest first, and their job visits: their
 * enrolments in collective sessions held at an employer (the sessions module keeps those). Audited.
 */
export const listPersonImmersions = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = immersionActor(ctx);
    await followedPerson(trx, actor, input.personId);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    const records = await immersionsRepository(trx).ofPerson(actor.organizationId, input.personId);
    const [items, jobVisits] = await Promise.all([
      immersionViews(trx, actor.organizationId, records, today),
      personJobVisits(trx, actor.organizationId, input.personId),
    ]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'immersion.person_read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { immersions: items.length, jobVisits: jobVisits.length },
    });
    return { items, jobVisits };
  },
);
