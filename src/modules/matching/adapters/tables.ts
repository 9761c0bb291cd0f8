import type { ColumnType, JSONColumnType } from 'kysely';
import type { HeldCredential } from '../domain/wishes-fit.js';

export interface PersonJobWishesTable {
  person_id: string;
  organization_id: string;
  mobility_km: number | null;
  contract_types: JSONColumnType<string[], string, string>;
  working_time: 'full_time' | 'part_time' | null;
  min_hours_per_week: number | null;
  max_hours_per_week: number | null;
  /** Optional when inserted: the database's default is an empty list. */
  skills: ColumnType<string[], string | undefined, string>;
  credentials: ColumnType<HeldCredential[], string | undefined, string>;
  updated_by: string | null;
  updated_at: Date;
}

export interface MatchWeightsTable {
  organization_id: string;
  occupation: number;
  skills: number;
  language: number;
  distance: number;
  contract: number;
  hours: number;
  credential: number;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date, Date>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    person_job_wishes: PersonJobWishesTable;
    match_weights: MatchWeightsTable;
  }
}
