import type { Executor } from '../../../core/db/types.js';
import type { HouseholdRelation } from '../domain/household.js';
import './tables.js';

export interface HouseholdRow {
  id: string;
  organizationId: string;
  mainContactPersonId: string;
  createdAt: Date;
}

export interface MembershipRow {
  id: string;
  householdId: string;
  personId: string;
  givenName: string;
  familyName: string;
  relation: HouseholdRelation;
  joinedOn: string;
  leftOn: string | null;
}

/** The SQL of households of files (migration 0060); the use cases check scope and write the audit. */
export function householdsRepository(db: Executor) {
  const householdQuery = (householdId: string, organizationId: string) =>
    db
      .selectFrom('households')
      .select([
        'id',
        'organization_id as organizationId',
        'main_contact_person_id as mainContactPersonId',
        'created_at as createdAt',
      ])
      .where('id', '=', householdId)
      .where('organization_id', '=', organizationId);
  return {
    /** The household of the organization, locked until the change commits (members join one at a time). */
    async lockHousehold(householdId: string, organizationId: string): Promise<HouseholdRow | undefined> {
      return householdQuery(householdId, organizationId).forUpdate().executeTakeFirst();
    },
    async findHousehold(householdId: string, organizationId: string): Promise<HouseholdRow | undefined> {
      return householdQuery(householdId, organizationId).executeTakeFirst();
    },
    /** The household the person is in now, if any. */
    async currentHouseholdOf(personId: string, organizationId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('household_memberships')
        .select('household_id')
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      return row?.household_id;
    },
    /** The person's stays in households, oldest first (the privacy export). */
    async staysOf(personId: string, organizationId: string) {
      return db
        .selectFrom('household_memberships')
        .select(['household_id as householdId', 'relation', 'joined_on as joinedOn', 'left_on as leftOn'])
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .orderBy('joined_on')
        .orderBy('id')
        .execute();
    },
    /** Everyone who was ever in the household, current members first, each with the name of their file. */
    async membershipsOf(householdId: string, organizationId: string): Promise<MembershipRow[]> {
      return db
        .selectFrom('household_memberships as m')
        .innerJoin('people as p', (join) =>
          join.onRef('p.id', '=', 'm.person_id').onRef('p.organization_id', '=', 'm.organization_id'),
        )
        .select([
          'm.id',
          'm.household_id as householdId',
          'm.person_id as personId',
          'p.given_name as givenName',
          'p.family_name as familyName',
          'm.relation',
          'm.joined_on as joinedOn',
          'm.left_on as leftOn',
        ])
        .where('m.household_id', '=', householdId)
        .where('m.organization_id', '=', organizationId)
        .orderBy((eb) => eb('m.left_on', 'is', null), 'desc')
        .orderBy('m.joined_on')
        .orderBy('m.id')
        .execute();
    },
    async insertHousehold(row: {
      id: string;
      organizationId: string;
      mainContactPersonId: string;
      createdBy: string;
      createdAt: Date;
    }): Promise<void> {
      await db
        .insertInto('households')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          main_contact_person_id: row.mainContactPersonId,
          created_by: row.createdBy,
          created_at: row.createdAt,
        })
        .execute();
    },
    async insertMembership(row: {
      id: string;
      organizationId: string;
      householdId: string;
      personId: string;
      relation: HouseholdRelation;
      joinedOn: string;
      recordedBy: string;
    }): Promise<void> {
      await db
        .insertInto('household_memberships')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          household_id: row.householdId,
          person_id: row.personId,
          relation: row.relation,
          joined_on: row.joinedOn,
          left_on: null,
          recorded_by: row.recordedBy,
          left_recorded_by: null,
        })
        .execute();
    },
    /** Ends the person's current stay in the household; false when they are not in it now. */
    async endMembership(
      householdId: string,
      organizationId: string,
      personId: string,
      leftOn: string,
      recordedBy: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('household_memberships')
        .set({ left_on: leftOn, left_recorded_by: recordedBy })
        .where('household_id', '=', householdId)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('left_on', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async setRelation(
      householdId: string,
      organizationId: string,
      personId: string,
      relation: HouseholdRelation,
    ): Promise<void> {
      await db
        .updateTable('household_memberships')
        .set({ relation })
        .where('household_id', '=', householdId)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('left_on', 'is', null)
        .execute();
    },
    async setMainContact(householdId: string, organizationId: string, personId: string): Promise<void> {
      await db
        .updateTable('households')
        .set({ main_contact_person_id: personId })
        .where('id', '=', householdId)
        .where('organization_id', '=', organizationId)
        .execute();
    },
  };
}
