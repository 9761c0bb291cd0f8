import { z } from 'zod';
import { requireActor } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { householdsRepository, type MembershipRow } from '../adapters/households-repository.js';
import { visiblePerson } from './person-access.js';

const memberOf = (m: MembershipRow) => ({
  personId: m.personId,
  givenName: m.givenName,
  familyName: m.familyName,
  relation: m.relation,
  joinedOn: m.joinedOn,
  leftOn: m.leftOn,
});

/**
 * The household the person is in now: its members (main contact first) with their relation, who left,
 * and since when it exists; null when the person is in none. The read is audited on the person's file.
 */
export const personHousehold = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    const person = await visiblePerson(trx, actor, input.personId);
    const repo = householdsRepository(trx);
    const householdId = await repo.currentHouseholdOf(person.id, person.organizationId);
    const household = householdId && (await repo.findHousehold(householdId, person.organizationId));
    const memberships = household ? await repo.membershipsOf(household.id, person.organizationId) : [];
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: person.organizationId,
      action: 'household.read',
      resourceType: 'person',
      resourceId: person.id,
      personId: person.id,
      requestId: ctx.requestId,
      details: { results: memberships.length },
    });
    if (!household) return { household: null };
    const current = memberships.filter((m) => m.leftOn === null);
    const main = current.find((m) => m.personId === household.mainContactPersonId);
    return {
      household: {
        id: household.id,
        mainContactPersonId: household.mainContactPersonId,
        since: memberships.map((m) => m.joinedOn).sort()[0] ?? '',
        members: [...(main ? [main] : []), ...current.filter((m) => m !== main)].map(memberOf),
        formerMembers: memberships.filter((m) => m.leftOn !== null).map(memberOf),
      },
    };
  },
);
