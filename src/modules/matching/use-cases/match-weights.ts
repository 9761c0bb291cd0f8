import { z } from 'zod';
import { matchWeightsBody } from '../../../contracts/matching.js';
import { defineUseCase } from '../../../core/use-case.js';
import { matchingRepository } from '../adapters/matching-repository.js';
import { matchCriteria } from '../domain/criteria.js';
import { assertValidWeights } from '../domain/match-score.js';
import { matchingActor, matchWeightsAdminRoles } from './matching-access.js';

/** How much each criterion counts in the caller's organization (the defaults until someone changes them). */
export const getMatchWeights = defineUseCase(z.object({}), async ({ ctx, trx }) => {
  const actor = matchingActor(ctx);
  const { weights, customized } = await matchingRepository(trx).weightsOf(actor.organizationId);
  return { ...weights, customized };
});

/** An administrator or coordinator changes the weights; audited with the weights before and after (not personal). */
export const setMatchWeights = defineUseCase(matchWeightsBody, async ({ input, ctx, trx, now, audit }) => {
  const actor = matchingActor(ctx, matchWeightsAdminRoles);
  assertValidWeights(input);
  const repo = matchingRepository(trx);
  const before = await repo.weightsOf(actor.organizationId);
  const changed = matchCriteria.filter((c) => before.weights[c] !== input[c]);
  if (changed.length > 0 || !before.customized) {
    await repo.saveWeights(actor.organizationId, input, actor.userId, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'match_weights.update',
      resourceType: 'organization',
      resourceId: actor.organizationId,
      requestId: ctx.requestId,
      details: { from: before.weights, to: { ...input } },
    });
  }
  return { ...input, customized: true };
});
