import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { isUniqueViolation } from '../../../core/db/unique-violation.js';
import { defineUseCase } from '../../../core/use-case.js';
import { householdsRepository } from '../adapters/households-repository.js';
import { peopleErrors } from '../errors.js';
import { type FollowHouseholdKey, publishHouseholdEvents, todayOf } from './household-access.js';
import { visiblePerson } from './person-access.js';

export const formHouseholdInput = z.object({ personId: z.uuid() });

/**
 * Forms a household from a person's file: the person becomes its main contact and first member, and
 * their open enrolments count in the household from now on.
 */
export const formHousehold = (followKey: FollowHouseholdKey) =>
  defineUseCase(formHouseholdInput, async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const repo = householdsRepository(trx);
    if (await repo.currentHouseholdOf(person.id, person.organizationId))
      throw peopleErrors.alreadyInHousehold();
    const householdId = newId();
    await repo.insertHousehold({
      id: householdId,
      organizationId: person.organizationId,
      mainContactPersonId: person.id,
      createdBy: actor.userId,
      createdAt: now,
    });
    try {
      await repo.insertMembership({
        id: newId(),
        organizationId: person.organizationId,
        householdId,
        personId: person.id,
        relation: 'main',
        joinedOn: await todayOf(trx, person.organizationId, now),
        recordedBy: actor.userId,
      });
    } catch (error) {
      // Two requests raced past the check above.
      if (isUniqueViolation(error, 'household_memberships_one_current'))
        throw peopleErrors.alreadyInHousehold();
      throw error;
    }
    await followKey(trx, person.organizationId, [person.id], householdId);
    await publishHouseholdEvents(
      timeline,
      { organizationId: person.organizationId, householdId, recordedBy: actor.userId, now },
      [{ personId: person.id, kind: 'household.formed' }],
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'household.form',
      resourceType: 'household',
      resourceId: householdId,
      personId: person.id,
      requestId: ctx.requestId,
    });
    return { householdId };
  });
