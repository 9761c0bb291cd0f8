import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface PersonIdentity {
  givenName: string;
  familyName: string;
  givenNameOriginal: string | null;
  familyNameOriginal: string | null;
  sex: 'female' | 'male' | 'other' | null;
  birthDate: string | null;
  nationality: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  preferredLanguage: string | null;
  immigrationStatus: string | null;
  statusDate: string | null;
  asylumApplicationDate: string | null;
  arrivalDate: string | null;
  referentUserId: string | null;
}

export interface PersonRow extends PersonIdentity {
  id: string;
  organizationId: string;
  createdAt: Date;
  updatedAt: Date;
}

const personColumns = [
  'id',
  'organization_id as organizationId',
  'given_name as givenName',
  'family_name as familyName',
  'given_name_original as givenNameOriginal',
  'family_name_original as familyNameOriginal',
  'sex',
  'birth_date as birthDate',
  'nationality',
  'phone',
  'email',
  'address',
  'city',
  'region',
  'country',
  'preferred_language as preferredLanguage',
  'immigration_status as immigrationStatus',
  'status_date as statusDate',
  'asylum_application_date as asylumApplicationDate',
  'arrival_date as arrivalDate',
  'referent_user_id as referentUserId',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

function identityColumns(p: PersonIdentity) {
  return {
    given_name: p.givenName,
    family_name: p.familyName,
    given_name_original: p.givenNameOriginal,
    family_name_original: p.familyNameOriginal,
    sex: p.sex,
    birth_date: p.birthDate,
    nationality: p.nationality,
    phone: p.phone,
    email: p.email,
    address: p.address,
    city: p.city,
    region: p.region,
    country: p.country,
    preferred_language: p.preferredLanguage,
    immigration_status: p.immigrationStatus,
    status_date: p.statusDate,
    asylum_application_date: p.asylumApplicationDate,
    arrival_date: p.arrivalDate,
    referent_user_id: p.referentUserId,
  };
}

export type ItemTable =
  | 'person_languages'
  | 'person_education'
  | 'person_experience'
  | 'person_barriers'
  | 'household_members'
  | 'consents';

export function peopleRepository(db: Executor) {
  return {
    async insertPerson(
      row: PersonIdentity & {
        id: string;
        organizationId: string;
        searchText: string;
        createdBy: string | null;
        now: Date;
      },
    ) {
      await db
        .insertInto('people')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          ...identityColumns(row),
          search_text: row.searchText,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
    },
    async updatePerson(id: string, identity: PersonIdentity, searchText: string, now: Date) {
      await db
        .updateTable('people')
        .set({ ...identityColumns(identity), search_text: searchText, updated_at: now })
        .where('id', '=', id)
        .execute();
    },
    async findPerson(id: string, organizationId: string): Promise<PersonRow | undefined> {
      return db
        .selectFrom('people')
        .select(personColumns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },
    /** The oldest file of the organization with this e-mail (compared without case). */
    async findIdByEmail(organizationId: string, email: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('people')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .orderBy('created_at')
        .orderBy('id')
        .executeTakeFirst();
      return row?.id;
    },
    async insertItem(table: ItemTable, values: Record<string, unknown>) {
      await db
        .insertInto(table)
        .values(values as never)
        .execute();
    },
    async updateItem(table: ItemTable, id: string, personId: string, values: Record<string, unknown>) {
      const result = await db
        .updateTable(table)
        .set(values as never)
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async barrierCategory(id: string, personId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('person_barriers')
        .select('category')
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return row?.category;
    },
    async barrierState(id: string, personId: string) {
      return db
        .selectFrom('person_barriers')
        .select(['category', 'status'])
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
    },
    async deleteItem(table: Exclude<ItemTable, 'consents'>, id: string, personId: string) {
      const result = await db
        .deleteFrom(table)
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async items(personId: string) {
      const [languages, education, experience, barriers, household, consents] = await Promise.all([
        db
          .selectFrom('person_languages')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('person_education')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('person_experience')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('person_barriers')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('household_members')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
        db
          .selectFrom('consents')
          .selectAll()
          .where('person_id', '=', personId)
          .orderBy('created_at')
          .execute(),
      ]);
      return { languages, education, experience, barriers, household, consents };
    },
    async consentsOf(personId: string) {
      return db.selectFrom('consents').selectAll().where('person_id', '=', personId).execute();
    },
    async hasForeignDegree(personId: string): Promise<boolean> {
      const row = await db
        .selectFrom('person_education')
        .select('id')
        .where('person_id', '=', personId)
        .where('obtained_abroad', '=', true)
        .executeTakeFirst();
      return row !== undefined;
    },
    async householdSize(personId: string): Promise<number> {
      const row = await db
        .selectFrom('household_members')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('person_id', '=', personId)
        .executeTakeFirstOrThrow();
      return 1 + Number(row.n);
    },
  };
}
