import { z } from 'zod';
import { jobWishesBody } from '../../../contracts/matching.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { type JobWishes, matchingRepository, noWishes } from '../adapters/matching-repository.js';
import { matchingActor, requireProfile } from './matching-access.js';

const viewOf = (personId: string, wishes: JobWishes, updatedAt: Date | null) => ({
  personId,
  ...wishes,
  updatedAt: updatedAt?.toISOString() ?? null,
});

/** What the person looks for (all null when nothing was recorded). Audited: it is part of the file. */
export const getJobWishes = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = matchingActor(ctx);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    await requireProfile(trx, actor, input.personId, today);
    const wishes = await matchingRepository(trx).wishesOf(input.personId);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'job_wishes.read',
      resourceType: 'person',
      resourceId: input.personId,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { recorded: Boolean(wishes) },
    });
    if (!wishes) return viewOf(input.personId, noWishes, null);
    const { updatedAt, ...rest } = wishes;
    return viewOf(input.personId, rest, updatedAt);
  },
);

/**
 * Records what the person looks for, as a whole (fields left out are cleared). Audited with the field
 * names that changed and published on the person's timeline.
 */
export const setJobWishes = defineUseCase(
  z.object({ personId: z.uuid() }).and(jobWishesBody),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = matchingActor(ctx);
    const today = await organizationsApi(trx).todayOf(actor.organizationId, now);
    await requireProfile(trx, actor, input.personId, today);
    const repo = matchingRepository(trx);
    const before = (await repo.wishesOf(input.personId)) ?? noWishes;
    const wishes: JobWishes = {
      mobilityKm: input.mobilityKm,
      contractTypes: [...new Set(input.contractTypes)],
      workingTime: input.workingTime,
      minHoursPerWeek: input.minHoursPerWeek,
      maxHoursPerWeek: input.maxHoursPerWeek,
      skills: [...new Set(input.skills)],
      credentials: input.credentials,
    };
    const changed = (Object.keys(wishes) as (keyof JobWishes)[]).filter(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(wishes[field]),
    );
    if (changed.length > 0) {
      await repo.saveWishes(input.personId, actor.organizationId, wishes, actor.userId, now);
      await audit.record({
        actorUserId: actor.userId,
        organizationId: actor.organizationId,
        subjectOrganizationId: actor.organizationId,
        action: 'job_wishes.update',
        resourceType: 'person',
        resourceId: input.personId,
        personId: input.personId,
        requestId: ctx.requestId,
        details: { fields: changed },
      });
      await timeline.publish({
        organizationId: actor.organizationId,
        personId: input.personId,
        occurredAt: now,
        module: 'matching',
        kind: 'job_wishes.updated',
        resourceType: 'person',
        resourceId: input.personId,
        recordedBy: actor.userId,
      });
    }
    const saved = await repo.wishesOf(input.personId);
    return viewOf(input.personId, wishes, saved?.updatedAt ?? null);
  },
);
