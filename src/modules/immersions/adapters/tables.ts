import type { ColumnType } from 'kysely';

type Day = ColumnType<string, string, string>;

export interface ImmersionsTable {
  id: string;
  organization_id: string;
  person_id: string;
  kind: string;
  employer_id: string;
  site_id: string | null;
  tutor_contact_id: string | null;
  counselor_user_id: string;
  starts_on: Day;
  ends_on: Day;
  planned_hours: number;
  objectives: string;
  language: string;
  outcome: string | null;
  assessed_on: ColumnType<string | null, string | null, string | null>;
  ended_with_job_offer: boolean | null;
  job_contract_type: string | null;
  assessment_note: string | null;
  assessed_by: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ImmersionSignaturesTable {
  immersion_id: string;
  organization_id: string;
  person_id: string;
  signatory: string;
  signer_name: string;
  signed_at: Date;
  recorded_by: string;
  recorded_at: Date;
}

export interface ImmersionMissedHoursTable {
  id: string;
  immersion_id: string;
  organization_id: string;
  person_id: string;
  on_day: Day;
  minutes: number;
  reason: string | null;
  recorded_by: string;
  recorded_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    immersions: ImmersionsTable;
    immersion_signatures: ImmersionSignaturesTable;
    immersion_missed_hours: ImmersionMissedHoursTable;
  }
}
