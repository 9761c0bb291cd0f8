import type { ColumnType } from 'kysely';

export interface JobApplicationsTable {
  id: string;
  organization_id: string;
  person_id: string;
  offer_id: string;
  employer_id: string;
  state: string;
  refusal_reason: string | null;
  refused_by: string | null;
  /** The placements module's record of the hire (no foreign key: its table comes after). */
  placement_id: string | null;
  hired_on: ColumnType<string | null, string | null, string | null>;
  proposed_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  state_changed_at: Date;
}

export interface JobApplicationMovesTable {
  id: string;
  application_id: string;
  organization_id: string;
  person_id: string;
  from_state: string | null;
  to_state: string;
  refusal_reason: string | null;
  refused_by: string | null;
  note: string | null;
  /** 'YYYY-MM-DD', the organization's day of the move. */
  occurred_on: ColumnType<string, string, string>;
  recorded_by: string;
  recorded_at: ColumnType<Date, Date, never>;
}

export interface JobApplicationCommentsTable {
  id: string;
  application_id: string;
  organization_id: string;
  person_id: string;
  body: string;
  author_user_id: string;
  created_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    job_applications: JobApplicationsTable;
    job_application_moves: JobApplicationMovesTable;
    job_application_comments: JobApplicationCommentsTable;
  }
}
