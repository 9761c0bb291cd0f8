import type { ColumnType, JSONColumnType } from 'kysely';

type Day = ColumnType<string, string, string>;
type OptionalDay = ColumnType<string | null, string | null, string | null>;

export interface PlacementsTable {
  id: string;
  organization_id: string;
  person_id: string;
  employer_id: string;
  site_id: string | null;
  offer_id: string | null;
  application_id: string | null;
  country: string;
  job_title: string;
  esco_id: string | null;
  /** ISCO-08 unit group of the occupation, kept so that hires are counted by family in SQL. */
  isco_code: string | null;
  contract_type: string;
  working_time: string;
  hours_per_week: number | null;
  wage_cents: ColumnType<string | number | null, number | null, number | null>;
  wage_period: string | null;
  currency: string;
  starts_on: Day;
  planned_end_on: OptionalDay;
  ended_early_on: OptionalDay;
  early_end_reason: string | null;
  qualification_comparison: string;
  job_skill_level: number | null;
  person_skill_level: number | null;
  qualification_evidence: JSONColumnType<
    { iscedLevels: number[]; formerOccupationIscoCodes: string[] },
    string,
    string
  >;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface PlacementRenewalsTable {
  id: string;
  placement_id: string;
  organization_id: string;
  previous_end_on: Day;
  new_end_on: Day;
  decided_on: Day;
  recorded_by: string;
  recorded_at: Date;
}

export interface PlacementSuspensionsTable {
  id: string;
  placement_id: string;
  organization_id: string;
  from_on: Day;
  to_on: Day;
  reason: string;
  recorded_by: string;
  recorded_at: Date;
}

export interface PlacementSettingsTable {
  organization_id: string;
  end_alert_days: number;
  updated_by: string;
  updated_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    placements: PlacementsTable;
    placement_renewals: PlacementRenewalsTable;
    placement_suspensions: PlacementSuspensionsTable;
    placement_settings: PlacementSettingsTable;
  }
}
