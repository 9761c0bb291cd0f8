import { z } from 'zod';
import { addHouseholdMemberBody } from '../../../contracts/households.js';
import { requireActor } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { householdsRepository } from '../adapters/households-repository.js';
import { peopleErrors } from '../errors.js';
import {
  type FollowHouseholdKey,
  publishHouseholdEvents,
  todayOf,
  visibleHousehold,
} from './household-access.js';
import { visiblePerson } from './person-access.js';

export const addHouseholdMemberInput = addHouseholdMemberBody.extend({ householdId: z.uuid() });

/**
 * Adds another file of the organization to a household, with its relation to the main contact. A
 * person is in one household at a time: one already in a household (this one or another) is refused.
 * Their open enrolments count in the household from now on; closed ones keep their key.
 */
export const addHouseholdMember = (followKey: FollowHouseholdKey) =>
  defineUseCase(addHouseholdMemberInput, async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const household = await visibleHousehold(trx, actor, input.householdId);
    const person = await visiblePerson(trx, actor, input.personId);
    const repo = householdsRepository(trx);
    if (await repo.currentHouseholdOf(person.id, household.organizationId))
      throw peopleErrors.alreadyInHousehold();
    const stayed = (await repo.membershipsOf(household.id, household.organizationId)).filter(
      (m) => m.leftOn === null,
    );
    try {
      await repo.insertMembership({
        id: newId(),
        organizationId: household.organizationId,
        householdId: household.id,
        personId: person.id,
        relation: input.relation,
        joinedOn: await todayOf(trx, household.organizationId, now),
        recordedBy: actor.userId,
      });
    } catch (error) {
      if (isUniqueViolation(error, 'household_memberships_one_current'))
        throw peopleErrors.alreadyInHousehold();
      throw error;
    }
    await followKey(trx, household.organizationId, [person.id], household.id);
    await publishHouseholdEvents(
      timeline,
      { organizationId: household.organizationId, householdId: household.id, recordedBy: actor.userId, now },
      [
        { personId: person.id, kind: 'household.joined' },
        ...stayed.map((m) => ({ personId: m.personId, kind: 'household.member_joined' as const })),
      ],
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: household.organizationId,
      action: 'household.add_member',
      resourceType: 'household',
      resourceId: household.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { fields: ['relation'], members: stayed.length + 1 },
    });
    return { ok: true as const };
  });
