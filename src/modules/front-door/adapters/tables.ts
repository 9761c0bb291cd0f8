import type { ColumnType, JSONColumnType } from 'kysely';

export interface FrontDoorsTable {
  program_id: string;
  consortium_id: string;
  organization_id: string;
  slug: string;
  open: boolean;
  receiving_organization_ids: JSONColumnType<string[], string, string>;
  rules: JSONColumnType<unknown[], string, string>;
  updated_by: string | null;
  updated_at: Date;
}

export interface FrontDoorRequestsTable {
  id: string;
  organization_id: string;
  program_id: string;
  consortium_id: string;
  received_at: ColumnType<Date, Date, never>;
  last_received_at: Date;
  repeat_count: ColumnType<number, number | undefined, number>;
  language: string;
  given_name: string | null;
  family_name: string | null;
  birth_year: number | null;
  email: string | null;
  phone: string | null;
  residence_country: string;
  residence_place_code: string | null;
  residence_region_code: string | null;
  residence_city: string | null;
  sealed_status: string | null;
  languages: JSONColumnType<{ code: string; level: string }[], string, string>;
  occupation: string | null;
  occupation_code: string | null;
  regions_sought: JSONColumnType<string[], string, string>;
  any_region: boolean;
  community_kinds: JSONColumnType<string[], string, string>;
  community_needs: JSONColumnType<string[], string, string>;
  household: JSONColumnType<
    { relation: string; givenName: string | null; birthYear: number }[] | null,
    string | null,
    string | null
  >;
  household_size: number;
  with_children: boolean;
  message: string | null;
  consent_text_version: string;
  consent_given_at: Date;
  proposed_organization_id: string | null;
  proposal_reason: JSONColumnType<object | null, string | null, string | null>;
  state: string;
  assigned_organization_id: string | null;
  assigned_by: string | null;
  assigned_at: Date | null;
  assignment_note: string | null;
  close_reason: string | null;
  close_note: string | null;
  closed_by: string | null;
  closed_at: Date | null;
  person_id: string | null;
  converted_by: string | null;
  converted_at: Date | null;
  anonymized_at: Date | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    front_doors: FrontDoorsTable;
    front_door_requests: FrontDoorRequestsTable;
  }
}
