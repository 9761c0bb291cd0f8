/**
 * The household of a file as other modules need it (regionalization plans): who is in it now with
 * their ages, who its main contact is, the dependants without a file, and the household key that
 * counts it once. Scoped to the organization that keeps the file; the caller audits its own read.
 */
import type { Executor } from '../../core/db/types.js';
import { householdsRepository } from './adapters/households-repository.js';
import { peopleRepository } from './adapters/people-repository.js';

export interface HouseholdFacts {
  /** The household's id while the person is in one, else the person's id (as enrolments count). */
  householdKey: string;
  householdId: string | null;
  mainContactPersonId: string | null;
  members: {
    personId: string;
    givenName: string;
    familyName: string;
    relation: string;
    birthDate: string | null;
  }[];
  dependants: { relation: string; givenName: string | null; birthYear: number | null }[];
}

/** Undefined when the organization does not follow the person. */
export async function householdFactsOf(
  db: Executor,
  personId: string,
  organizationId: string,
): Promise<HouseholdFacts | undefined> {
  const person = await peopleRepository(db).findPerson(personId, organizationId);
  if (!person) return undefined;
  const households = householdsRepository(db);
  const householdId = (await households.currentHouseholdOf(personId, organizationId)) ?? null;
  const household = householdId ? await households.findHousehold(householdId, organizationId) : undefined;
  const current = household
    ? (await households.membershipsOf(household.id, organizationId)).filter((m) => m.leftOn === null)
    : [];
  const birthDates = new Map(
    current.length === 0
      ? []
      : (
          await db
            .selectFrom('people')
            .select(['id', 'birth_date as birthDate'])
            .where('organization_id', '=', organizationId)
            .where(
              'id',
              'in',
              current.map((m) => m.personId),
            )
            .execute()
        ).map((row) => [row.id, row.birthDate] as const),
  );
  const dependants = await db
    .selectFrom('household_members')
    .select(['relation', 'given_name as givenName', 'birth_year as birthYear'])
    .where('person_id', '=', personId)
    .where('organization_id', '=', organizationId)
    .orderBy('birth_year')
    .execute();
  return {
    householdKey: householdId ?? personId,
    householdId,
    mainContactPersonId: household?.mainContactPersonId ?? null,
    members: household
      ? current.map((m) => ({
          personId: m.personId,
          givenName: m.givenName,
          familyName: m.familyName,
          relation: m.relation,
          birthDate: birthDates.get(m.personId) ?? null,
        }))
      : [
          {
            personId,
            givenName: person.givenName,
            familyName: person.familyName,
            relation: 'main',
            birthDate: person.birthDate,
          },
        ],
    dependants,
  };
}
