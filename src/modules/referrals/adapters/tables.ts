import type { ColumnType } from 'kysely';

export interface ReferralServicesTable {
  id: string;
  organization_id: string;
  name: string;
  provider_name: string | null;
  kind: string;
  address: string | null;
  area: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  notes: string | null;
  shared_with_consortium: ColumnType<boolean, boolean | undefined, boolean>;
  archived_at: Date | null;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ReferralsTable {
  id: string;
  organization_id: string;
  person_id: string;
  receiver_organization_id: string | null;
  service_id: string | null;
  service_organization_id: string | null;
  service_name: string | null;
  purpose: string;
  /** The program it is made in, if any (migration 0089; a program possibly of another organization). */
  program_id: ColumnType<string | null, string | null | undefined, never>;
  shared_sections: ColumnType<string[], string[] | undefined, string[]>;
  consent_id: string | null;
  message: string | null;
  status: string;
  sent_at: ColumnType<Date, Date, never>;
  sent_by: string;
  answered_at: Date | null;
  answered_by: string | null;
  decline_reason: string | null;
  decline_note: string | null;
  completed_at: Date | null;
  outcome_note: string | null;
  closed_at: Date | null;
  receiver_person_id: string | null;
  /** 'YYYY-MM-DD'. */
  last_reminded_on: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    referrals: ReferralsTable;
    referral_services: ReferralServicesTable;
  }
}
