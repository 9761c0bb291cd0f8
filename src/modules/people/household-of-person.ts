import type { Executor } from '../../core/db/types.js';
import { householdsRepository } from './adapters/households-repository.js';

/**
 * The household the person is in now in the organization — its id, its main contact and its current
 * members with the names of their files — or null when the person is in none. Modules that act for a
 * whole household (a move, a stay, an aid) key it as the enrolments do: the household's id, else the
 * person's id.
 */
export async function currentHouseholdOfPerson(db: Executor, personId: string, organizationId: string) {
  const repo = householdsRepository(db);
  const householdId = await repo.currentHouseholdOf(personId, organizationId);
  const household = householdId && (await repo.findHousehold(householdId, organizationId));
  if (!household) return null;
  const members = (await repo.membershipsOf(household.id, organizationId)).filter((m) => m.leftOn === null);
  return {
    householdId: household.id,
    mainContactPersonId: household.mainContactPersonId,
    members: members.map((m) => ({
      personId: m.personId,
      givenName: m.givenName,
      familyName: m.familyName,
      relation: m.relation,
    })),
  };
}
