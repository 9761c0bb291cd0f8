import type { Selectable } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PlanFields } from '../domain/plan.js';
import type { RelocationPlansTable } from './tables.js';
import './tables.js';

export type PlanRow = Selectable<RelocationPlansTable>;

const cents = (value: string | number | null) => (value === null ? null : Number(value));

export function fieldsOf(row: PlanRow): PlanFields {
  return {
    track: row.track,
    regions: row.regions,
    movingMemberIds: row.moving_member_ids,
    housingTenure: row.housing_tenure,
    housingRooms: row.housing_rooms,
    housingBudgetMinCents: cents(row.housing_budget_min_cents),
    housingBudgetMaxCents: cents(row.housing_budget_max_cents),
    schoolsNeeded: row.schools_needed,
    childcareNeeded: row.childcare_needed,
    healthNeeds: row.health_needs,
    healthNote: row.health_note,
    lifeSettings: row.life_settings,
    spouseOccupation: row.spouse_occupation,
    spouseSeeksWork: row.spouse_seeks_work,
    studiesProgram: row.studies_program,
    studiesInstitution: row.studies_institution,
    studiesRegionCode: row.studies_region_code,
    abroadCountry: row.abroad_country,
    abroadTimeZone: row.abroad_time_zone,
    plannedArrivalOn: row.planned_arrival_on,
    predepartureDocuments: row.predeparture_documents,
    businessKind: row.business_kind,
    businessDescription: row.business_description,
    businessTakeoverOf: row.business_takeover_of,
    businessPlaceCode: row.business_place_code,
    businessSteps: row.business_steps,
    businessCreatedOn: row.business_created_on,
    businessNeq: row.business_neq,
  };
}

function columnsOf(fields: PlanFields) {
  const first = fields.regions[0];
  return {
    track: fields.track,
    regions: JSON.stringify(fields.regions),
    first_region_country: first?.country ?? null,
    first_region_code: first?.code ?? null,
    moving_member_ids: JSON.stringify(fields.movingMemberIds),
    housing_tenure: fields.housingTenure,
    housing_rooms: fields.housingRooms,
    housing_budget_min_cents: fields.housingBudgetMinCents,
    housing_budget_max_cents: fields.housingBudgetMaxCents,
    schools_needed: fields.schoolsNeeded,
    childcare_needed: fields.childcareNeeded,
    health_needs: JSON.stringify(fields.healthNeeds),
    health_note: fields.healthNote,
    life_settings: JSON.stringify(fields.lifeSettings),
    spouse_occupation: fields.spouseOccupation,
    spouse_seeks_work: fields.spouseSeeksWork,
    studies_program: fields.studiesProgram,
    studies_institution: fields.studiesInstitution,
    studies_region_code: fields.studiesRegionCode,
    abroad_country: fields.abroadCountry,
    abroad_time_zone: fields.abroadTimeZone,
    planned_arrival_on: fields.plannedArrivalOn,
    predeparture_documents: JSON.stringify(fields.predepartureDocuments),
    business_kind: fields.businessKind,
    business_description: fields.businessDescription,
    business_takeover_of: fields.businessTakeoverOf,
    business_place_country: fields.businessPlaceCode === null ? null : 'CA',
    business_place_code: fields.businessPlaceCode,
    business_steps: JSON.stringify(fields.businessSteps),
    business_created_on: fields.businessCreatedOn,
    business_neq: fields.businessNeq,
  };
}

/** The SQL of regionalization plans (migration 0076); the use cases check scope and write the audit. */
export function relocationPlansRepository(db: Executor) {
  // DATE columns read as 'YYYY-MM-DD' on both engines (core/db/connect.ts).
  const plans = () => db.selectFrom('relocation_plans').selectAll();
  return {
    /** The plan kept on this file; locked until the save commits when asked (saves one at a time). */
    async ofPerson(organizationId: string, personId: string, lock = false): Promise<PlanRow | undefined> {
      return plans()
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst();
    },
    async ofHousehold(organizationId: string, householdKey: string): Promise<PlanRow | undefined> {
      return plans()
        .where('organization_id', '=', organizationId)
        .where('household_key', '=', householdKey)
        .executeTakeFirst();
    },
    async insert(row: {
      id: string;
      organizationId: string;
      personId: string;
      householdKey: string;
      fields: PlanFields;
      userId: string;
      now: Date;
    }): Promise<void> {
      await db
        .insertInto('relocation_plans')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          household_key: row.householdKey,
          ...columnsOf(row.fields),
          revision: 1,
          created_by: row.userId,
          created_at: row.now,
          updated_by: row.userId,
          updated_at: row.now,
        })
        .execute();
    },
    async update(row: {
      id: string;
      organizationId: string;
      householdKey: string;
      fields: PlanFields;
      revision: number;
      userId: string;
      now: Date;
    }): Promise<void> {
      await db
        .updateTable('relocation_plans')
        .set({
          household_key: row.householdKey,
          ...columnsOf(row.fields),
          revision: row.revision,
          updated_by: row.userId,
          updated_at: row.now,
        })
        .where('id', '=', row.id)
        .where('organization_id', '=', row.organizationId)
        .execute();
    },
    async insertRevision(row: {
      id: string;
      organizationId: string;
      planId: string;
      personId: string;
      revision: number;
      changedFields: string[];
      snapshot: Record<string, unknown>;
      userId: string;
      now: Date;
    }): Promise<void> {
      await db
        .insertInto('relocation_plan_revisions')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          plan_id: row.planId,
          person_id: row.personId,
          revision: row.revision,
          changed_fields: JSON.stringify(row.changedFields),
          snapshot: JSON.stringify(row.snapshot),
          recorded_by: row.userId,
          recorded_at: row.now,
        })
        .execute();
    },
    /** The plan's revisions, newest first. */
    async revisionsOf(organizationId: string, planId: string) {
      return db
        .selectFrom('relocation_plan_revisions')
        .select([
          'revision',
          'changed_fields as changedFields',
          'snapshot',
          'recorded_by as recordedBy',
          'recorded_at as recordedAt',
        ])
        .where('organization_id', '=', organizationId)
        .where('plan_id', '=', planId)
        .orderBy('revision', 'desc')
        .execute();
    },
    /** The plans of these organizations, for the household figures. */
    async facts(organizationIds: readonly string[]) {
      if (organizationIds.length === 0) return [];
      return db
        .selectFrom('relocation_plans')
        .select([
          'person_id as personId',
          'household_key as householdKey',
          'organization_id as organizationId',
          'track',
          'first_region_country as firstRegionCountry',
          'first_region_code as firstRegionCode',
          'planned_arrival_on as plannedArrivalOn',
          'business_created_on as businessCreatedOn',
        ])
        .where('organization_id', 'in', [...organizationIds])
        .orderBy('organization_id')
        .orderBy('person_id')
        .execute();
    },
    /**
     * The person's free texts erased, in the plan and in its revisions' snapshots (anonymization): the
     * track, the regions and the days stay, the figures count them.
     */
    async eraseTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const erased = await db
        .updateTable('relocation_plans')
        .set({
          health_note: null,
          spouse_occupation: null,
          studies_program: null,
          studies_institution: null,
          business_description: null,
          business_takeover_of: null,
          moving_member_ids: JSON.stringify([]),
        })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      await db
        .updateTable('relocation_plan_revisions')
        .set({ snapshot: JSON.stringify({ erased: true }) })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .execute();
      return Number(erased.numUpdatedRows);
    },
  };
}
