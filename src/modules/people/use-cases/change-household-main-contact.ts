import { z } from 'zod';
import { changeHouseholdMainContactBody } from '../../../contracts/households.js';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { householdsRepository } from '../adapters/households-repository.js';
import { inverseRelation } from '../domain/household.js';
import { peopleErrors } from '../errors.js';
import { publishHouseholdEvents, visibleHousehold } from './household-access.js';

export const changeHouseholdMainContactInput = changeHouseholdMainContactBody.extend({
  householdId: z.uuid(),
});

/**
 * Makes another current member the main contact. The former main contact takes the inverse of the new
 * one's relation (a spouse stays a spouse, a child's parent); the others keep the relation recorded.
 * Keys do not move: the household is the same.
 */
export const changeHouseholdMainContact = defineUseCase(
  changeHouseholdMainContactInput,
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const household = await visibleHousehold(trx, actor, input.householdId);
    const repo = householdsRepository(trx);
    const current = (await repo.membershipsOf(household.id, household.organizationId)).filter(
      (m) => m.leftOn === null,
    );
    const next = current.find((m) => m.personId === input.personId);
    if (!next) throw peopleErrors.notHouseholdMember();
    if (next.personId === household.mainContactPersonId) return { ok: true as const };
    const formerStays = current.some((m) => m.personId === household.mainContactPersonId);
    if (formerStays && next.relation !== 'main')
      await repo.setRelation(
        household.id,
        household.organizationId,
        household.mainContactPersonId,
        inverseRelation(next.relation),
      );
    await repo.setRelation(household.id, household.organizationId, next.personId, 'main');
    await repo.setMainContact(household.id, household.organizationId, next.personId);
    await publishHouseholdEvents(
      timeline,
      { organizationId: household.organizationId, householdId: household.id, recordedBy: actor.userId, now },
      current.map((m) => ({ personId: m.personId, kind: 'household.main_contact_changed' as const })),
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: household.organizationId,
      action: 'household.change_main_contact',
      resourceType: 'household',
      resourceId: household.id,
      personId: next.personId,
      requestId: ctx.requestId,
      details: { fields: ['mainContactPersonId'] },
    });
    return { ok: true as const };
  },
);
