import type { KeyRing } from '../../../core/crypto/key-ring.js';
import type { Executor } from '../../../core/db/types.js';
import {
  type BarrierDetail,
  openBarrierDetail,
  openPersonStatus,
  type PersonStatus,
  sealBarrierDetail,
  sealPersonStatus,
} from './sealed-fields.js';
import './tables.js';
import { replaceDuplicateKeys } from './duplicate-keys-repository.js';

export type { BarrierDetail, PersonStatus } from './sealed-fields.js';

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
  arrivalDate: string | null;
  referentUserId: string | null;
}

export interface PersonRow extends PersonIdentity {
  id: string;
  organizationId: string;
  /** The status and its dates, sealed: `statusOf` opens them, for the roles that may see them. */
  sealedStatus: string | null;
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
  'sealed_status as sealedStatus',
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

/** A barrier as the use cases see it: its category and note opened. */
export interface BarrierRow extends BarrierDetail {
  id: string;
  organization_id: string;
  person_id: string;
  status: string;
  identified_on: string;
  resolved_on: string | null;
  created_at: Date;
}

/**
 * All SQL of the person's file. The key ring seals the status and the barriers on the way in and opens
 * them on the way out; methods that touch neither work without it.
 */
export function peopleRepository(db: Executor, keyRing?: KeyRing) {
  /** Barrier values as stored: `category` and `note` become the sealed detail of the row `id`. */
  const storedBarrier = (id: string, values: Record<string, unknown>) => {
    if (!('category' in values)) return values;
    const { category, note, ...rest } = values;
    return {
      ...rest,
      sealed_detail: sealBarrierDetail(keyRing, id, {
        category: category as string,
        note: (note as string | null | undefined) ?? null,
      }),
    };
  };
  const barrierState = async (
    id: string,
    personId: string,
  ): Promise<(BarrierDetail & { status: string }) | undefined> => {
    const row = await db
      .selectFrom('person_barriers')
      .select(['sealed_detail', 'status'])
      .where('id', '=', id)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && { ...openBarrierDetail(keyRing, id, row.sealed_detail), status: row.status };
  };
  return {
    async insertPerson(
      row: PersonIdentity &
        PersonStatus & {
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
          sealed_status: sealPersonStatus(keyRing, row.id, row),
          search_text: row.searchText,
          created_by: row.createdBy,
          created_at: row.now,
          updated_at: row.now,
        })
        .execute();
      await replaceDuplicateKeys(db, { personId: row.id, organizationId: row.organizationId, person: row });
    },
    /** `status` undefined keeps the stored one as it is (a role that may not see it cannot change it). */
    async updatePerson(
      id: string,
      identity: PersonIdentity,
      status: PersonStatus | undefined,
      searchText: string,
      now: Date,
    ) {
      await db
        .updateTable('people')
        .set({
          ...identityColumns(identity),
          ...(status ? { sealed_status: sealPersonStatus(keyRing, id, status) } : {}),
          search_text: searchText,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      const file = await db
        .selectFrom('people')
        .select('organization_id')
        .where('id', '=', id)
        .executeTakeFirst();
      if (file)
        await replaceDuplicateKeys(db, {
          personId: id,
          organizationId: file.organization_id,
          person: identity,
        });
    },
    async findPerson(id: string, organizationId: string): Promise<PersonRow | undefined> {
      return db
        .selectFrom('people')
        .select(personColumns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },
    /** The status and its dates of a person read with `findPerson`. */
    statusOf(person: { id: string; sealedStatus: string | null }): PersonStatus {
      return openPersonStatus(keyRing, person.id, person.sealedStatus);
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
      const stored = table === 'person_barriers' ? storedBarrier(values.id as string, values) : values;
      await db
        .insertInto(table)
        .values(stored as never)
        .execute();
    },
    /** Entries of one kind (their rows built by `itemRow`, so with the same columns) in one statement. */
    async insertItems(table: ItemTable, rows: readonly Record<string, unknown>[]) {
      if (rows.length === 0) return;
      const stored = rows.map((values) =>
        table === 'person_barriers' ? storedBarrier(values.id as string, values) : values,
      );
      await db
        .insertInto(table)
        .values(stored as never)
        .execute();
    },
    async updateItem(table: ItemTable, id: string, personId: string, values: Record<string, unknown>) {
      const stored = table === 'person_barriers' ? storedBarrier(id, values) : values;
      const result = await db
        .updateTable(table)
        .set(stored as never)
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async barrierCategory(id: string, personId: string): Promise<string | undefined> {
      return (await barrierState(id, personId))?.category;
    },
    barrierState,
    async deleteItem(table: Exclude<ItemTable, 'consents'>, id: string, personId: string) {
      const result = await db
        .deleteFrom(table)
        .where('id', '=', id)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /** The person's occupations, the latest first (one still held, then by the year it ended). */
    async occupationsOf(personId: string) {
      return db
        .selectFrom('person_experience')
        .select(['esco_id', 'occupation_label'])
        .where('person_id', '=', personId)
        .orderBy('end_year', (order) => order.desc().nullsFirst())
        .orderBy('start_year', 'desc')
        .orderBy('created_at', 'desc')
        .execute();
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
      return {
        languages,
        education,
        experience,
        barriers: barriers.map(
          ({ sealed_detail, ...row }): BarrierRow => ({
            ...row,
            ...openBarrierDetail(keyRing, row.id, sealed_detail),
          }),
        ),
        household,
        consents,
      };
    },
    async consentsOf(personId: string) {
      return db.selectFrom('consents').selectAll().where('person_id', '=', personId).execute();
    },
    /**
     * The person (as `findPerson`) with what eligibility rules also ask of the file — a degree obtained
     * abroad, the household's size (the person and the members recorded) — in one statement.
     */
    async findPersonForEligibility(
      id: string,
      organizationId: string,
    ): Promise<
      | (PersonRow & {
          hasForeignDegree: boolean;
          householdSize: number;
          householdId: string | null;
          countingKey: string | null;
        })
      | undefined
    > {
      const row = await db
        .selectFrom('people')
        .select(personColumns)
        .select('counting_key as countingKey')
        .select((eb) => [
          eb
            .exists(
              eb
                .selectFrom('person_education')
                .select('person_education.id')
                .whereRef('person_education.person_id', '=', 'people.id')
                .where('person_education.obtained_abroad', '=', true),
            )
            .as('hasForeignDegree'),
          eb
            .selectFrom('household_members')
            .select((count) => count.fn.countAll<number>().as('n'))
            .whereRef('household_members.person_id', '=', 'people.id')
            .as('householdMembers'),
          // The household of files the person is in now (migration 0060), if any.
          eb
            .selectFrom('household_memberships')
            .select('household_memberships.household_id')
            .whereRef('household_memberships.person_id', '=', 'people.id')
            .whereRef('household_memberships.organization_id', '=', 'people.organization_id')
            .where('household_memberships.left_on', 'is', null)
            .as('householdId'),
        ])
        .where('id', '=', id)
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
      if (!row) return undefined;
      const { hasForeignDegree, householdMembers, householdId, ...person } = row;
      return {
        ...person,
        householdId: householdId ?? null,
        hasForeignDegree: Boolean(hasForeignDegree),
        householdSize: 1 + Number(householdMembers ?? 0),
      };
    },
  };
}
