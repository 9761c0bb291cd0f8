import type { ColumnType } from 'kysely';

export interface EmployersTable {
  id: string;
  organization_id: string;
  name: string;
  /** The name lower-cased without accents, for trigram search (`searchTextOf` of the people module's kind). */
  search_text: string;
  country: string;
  legal_id_scheme: string | null;
  /** Digits only. */
  legal_id: string | null;
  sector_scheme: string | null;
  sector_code: string | null;
  sector_label: string | null;
  size_band: string | null;
  website: string | null;
  siae: boolean;
  siae_kind: string | null;
  siae_consortium_id: string | null;
  shared_with_consortium: boolean;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface EmployerSitesTable {
  id: string;
  employer_id: string;
  organization_id: string;
  name: string;
  address_line: string | null;
  postal_code: string | null;
  city: string;
  country: string;
  /** The municipality's code in the places module's reference data, once resolved. */
  place_code: string | null;
  latitude: number | null;
  longitude: number | null;
  head_office: boolean;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  removed_at: Date | null;
}

export interface EmployerContactsTable {
  id: string;
  employer_id: string;
  organization_id: string;
  given_name: string;
  family_name: string;
  role: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  active: boolean;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface EmployerCommitmentsTable {
  id: string;
  employer_id: string;
  organization_id: string;
  kind: string;
  field: string | null;
  description: string | null;
  hires: number | null;
  /** 'YYYY-MM-DD'. */
  period_start: string | null;
  period_end: string | null;
  made_on: string;
  status: string;
  status_changed_at: Date | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface EmployerEngagementsTable {
  id: string;
  employer_id: string;
  organization_id: string;
  kind: string;
  /** 'YYYY-MM-DD'. */
  occurred_on: string;
  summary: string;
  contact_id: string | null;
  recorded_by: string;
  recorded_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    employers: EmployersTable;
    employer_sites: EmployerSitesTable;
    employer_contacts: EmployerContactsTable;
    employer_commitments: EmployerCommitmentsTable;
    employer_engagements: EmployerEngagementsTable;
  }
}
