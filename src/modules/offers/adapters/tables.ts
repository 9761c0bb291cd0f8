import type { ColumnType, JSONColumnType } from 'kysely';

export interface JobOffersTable {
  id: string;
  organization_id: string;
  employer_id: string;
  site_id: string | null;
  country: string;
  title: string;
  /** The title lower-cased without accents, for trigram search. */
  search_text: string;
  description: string | null;
  esco_id: string | null;
  /** ISCO-08 unit group of the occupation, kept so offers are found by family in SQL. */
  isco_code: string | null;
  place_code: string | null;
  place_name: string | null;
  latitude: number | null;
  longitude: number | null;
  remote: boolean;
  contract_type: string;
  contract_months: number | null;
  working_time: string;
  hours_per_week: number | null;
  pay_min_cents: ColumnType<string | number | null, number | null, number | null>;
  pay_max_cents: ColumnType<string | number | null, number | null, number | null>;
  pay_period: string | null;
  currency: string;
  language_requirement: JSONColumnType<
    { language: string; scale: string; level: string } | null,
    string | null,
    string | null
  >;
  required_credentials: JSONColumnType<{ code: string; label: string }[], string, string>;
  skills: JSONColumnType<string[], string, string>;
  starts_on: ColumnType<string | null, string | null, string | null>;
  expires_on: ColumnType<string | null, string | null, string | null>;
  positions: number;
  status: string;
  source: string;
  source_reference: string | null;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  status_changed_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    job_offers: JobOffersTable;
  }
}
