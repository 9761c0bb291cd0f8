import type { ColumnType, JSONColumnType } from 'kysely';
import type { BusinessStep, PredepartureDocument } from '../domain/plan-rules.js';
import type {
  BusinessKind,
  HealthNeed,
  HousingTenure,
  LifeSetting,
  RegionRef,
  RelocationTrack,
} from '../domain/vocabulary.js';

type Cents = ColumnType<string | number | null, number | null, number | null>;
type Day = ColumnType<string | null, string | null, string | null>;

/** A household's regionalization plan (migration 0076), on its main contact's file. */
export interface RelocationPlansTable {
  id: string;
  organization_id: string;
  person_id: string;
  household_key: string;
  track: RelocationTrack;
  regions: JSONColumnType<RegionRef[], string, string>;
  first_region_country: string | null;
  first_region_code: string | null;
  moving_member_ids: JSONColumnType<string[], string, string>;
  housing_tenure: HousingTenure | null;
  housing_rooms: number | null;
  housing_budget_min_cents: Cents;
  housing_budget_max_cents: Cents;
  schools_needed: boolean;
  childcare_needed: boolean;
  health_needs: JSONColumnType<HealthNeed[], string, string>;
  /** Health data: never logged, never shown outside the person's organization. */
  health_note: string | null;
  life_settings: JSONColumnType<LifeSetting[], string, string>;
  spouse_occupation: string | null;
  spouse_seeks_work: boolean | null;
  studies_program: string | null;
  studies_institution: string | null;
  studies_region_code: string | null;
  abroad_country: string | null;
  abroad_time_zone: string | null;
  planned_arrival_on: Day;
  predeparture_documents: JSONColumnType<PredepartureDocument[], string, string>;
  business_kind: BusinessKind | null;
  business_description: string | null;
  business_takeover_of: string | null;
  business_place_country: string | null;
  business_place_code: string | null;
  business_steps: JSONColumnType<BusinessStep[], string, string>;
  business_created_on: Day;
  business_neq: string | null;
  revision: number;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_by: string;
  updated_at: Date;
}

/** Every save of a plan: its number, the fields it changed, what the plan said (health note left out). */
export interface RelocationPlanRevisionsTable {
  id: string;
  organization_id: string;
  plan_id: string;
  person_id: string;
  revision: number;
  changed_fields: JSONColumnType<string[], string, string>;
  snapshot: JSONColumnType<Record<string, unknown>, string, string>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    relocation_plans: RelocationPlansTable;
    relocation_plan_revisions: RelocationPlanRevisionsTable;
  }
}
