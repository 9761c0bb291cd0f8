import type { ColumnType } from 'kysely';

export interface OutreachLeadsTable {
  id: string;
  organization_id: string;
  program_id: string | null;
  /** 'YYYY-MM-DD'. */
  met_on: ColumnType<string, string, string>;
  source: string;
  partner_kind: string | null;
  partner_name: string | null;
  event_name: string | null;
  given_name: string | null;
  family_name: string | null;
  phone: string | null;
  email: string | null;
  language: string | null;
  note: string | null;
  assigned_user_id: string | null;
  outcome: string | null;
  outcome_on: ColumnType<string | null, string | null, string | null>;
  person_id: string | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  anonymized_at: Date | null;
}

export interface OutreachAttemptsTable {
  id: string;
  organization_id: string;
  lead_id: string;
  attempted_at: Date;
  channel: string;
  reached: boolean;
  note: string | null;
  recorded_by: string;
  created_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    outreach_leads: OutreachLeadsTable;
    outreach_attempts: OutreachAttemptsTable;
  }
}
