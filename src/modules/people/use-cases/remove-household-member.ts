import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { householdsRepository } from '../adapters/households-repository.js';
import { peopleErrors } from '../errors.js';
import {
  type FollowHouseholdKey,
  publishHouseholdEvents,
  todayOf,
  visibleHousehold,
} from './household-access.js';

export const removeHouseholdMemberInput = z.object({ householdId: z.uuid(), personId: z.uuid() });

/**
 * A member leaves the household: their stay ends today (the row is kept), and their open enrolments
 * count as their own again. The main contact leaves only last — while others remain, another member
 * must become main contact first. A household left with one member stays a household (it still counts
 * once); once its last member has left it has none and is kept for the history of past figures.
 */
export const removeHouseholdMember = (followKey: FollowHouseholdKey) =>
  defineUseCase(removeHouseholdMemberInput, async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    const household = await visibleHousehold(trx, actor, input.householdId);
    const repo = householdsRepository(trx);
    const current = (await repo.membershipsOf(household.id, household.organizationId)).filter(
      (m) => m.leftOn === null,
    );
    if (!current.some((m) => m.personId === input.personId)) throw peopleErrors.notHouseholdMember();
    if (input.personId === household.mainContactPersonId && current.length > 1)
      throw peopleErrors.mainContactLeaving();
    await repo.endMembership(
      household.id,
      household.organizationId,
      input.personId,
      await todayOf(trx, household.organizationId, now),
      actor.userId,
    );
    await followKey(trx, household.organizationId, [input.personId], input.personId);
    const remaining = current.filter((m) => m.personId !== input.personId);
    await publishHouseholdEvents(
      timeline,
      { organizationId: household.organizationId, householdId: household.id, recordedBy: actor.userId, now },
      [
        { personId: input.personId, kind: 'household.left' },
        ...remaining.map((m) => ({ personId: m.personId, kind: 'household.member_left' as const })),
      ],
    );
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: household.organizationId,
      action: 'household.remove_member',
      resourceType: 'household',
      resourceId: household.id,
      personId: input.personId,
      requestId: ctx.requestId,
      details: { members: remaining.length },
    });
    return { ok: true as const };
  });
