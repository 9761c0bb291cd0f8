import type { ColumnType } from 'kysely';
import type {
  ProgrammeItemKind,
  StayCostKind,
  StayCostPayer,
  StayDecision,
  StayStatus,
} from '../domain/stay-rules.js';

type Day = ColumnType<string, string, string>;

export interface RegionalPartnerRegionsTable {
  consortium_id: string;
  /** The partner organization covering the region. */
  organization_id: string;
  region_country: string;
  region_code: string;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
}

export interface ExploratoryStaysTable {
  id: string;
  /** The organization that follows the person (owner of the file). */
  organization_id: string;
  person_id: string;
  household_key: string;
  region_country: string;
  region_code: string;
  host_organization_id: string;
  starts_on: Day;
  ends_on: Day;
  children_without_file: number;
  purpose: string | null;
  status: StayStatus;
  decision: StayDecision | null;
  decided_on: ColumnType<string | null, string | null, string | null>;
  report_note: string | null;
  host_observations: string | null;
  reported_by: string | null;
  reported_at: Date | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ExploratoryStayTravellersTable {
  stay_id: string;
  organization_id: string;
  person_id: string;
}

export interface ExploratoryStayItemsTable {
  id: string;
  stay_id: string;
  organization_id: string;
  day: Day;
  starts_at: string | null;
  kind: ProgrammeItemKind;
  employer_id: string | null;
  description: string;
  added_by_organization_id: string;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
}

export interface ExploratoryStayCostsTable {
  id: string;
  stay_id: string;
  organization_id: string;
  kind: StayCostKind;
  amount_cents: ColumnType<string | number, number, number>;
  paid_by: StayCostPayer;
  description: string | null;
  added_by: string;
  added_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    regional_partner_regions: RegionalPartnerRegionsTable;
    exploratory_stays: ExploratoryStaysTable;
    exploratory_stay_travellers: ExploratoryStayTravellersTable;
    exploratory_stay_items: ExploratoryStayItemsTable;
    exploratory_stay_costs: ExploratoryStayCostsTable;
  }
}
