import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { ReportDefinition } from '../domain/template.js';

export interface ReportTemplatesTable {
  id: string;
  organization_id: string;
  program_id: string;
  /** The standard template's key, or the id of the template it was copied from. */
  based_on: string;
  definition: JSONColumnType<ReportDefinition>;
  version: number;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  updated_by: string | null;
  updated_at: Date;
}

/** A report file produced in the background, kept for download until it expires (migration 0062). */
export interface ReportFilesTable {
  id: string;
  organization_id: string;
  requested_by: string;
  program_id: string;
  template_ref: string;
  period_from: string | null;
  period_to: string | null;
  fund_id: string | null;
  format: 'xlsx' | 'csv' | 'pdf';
  language: 'fr' | 'en' | null;
  /** Whose view the file holds, set once computed: a funder's has every small cell hidden. */
  audience: 'staff' | 'funder' | null;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: Generated<number>;
  filename: string | null;
  bytes: Buffer | null;
  size_bytes: number | null;
  error_code: string | null;
  subscription_id: string | null;
  created_at: ColumnType<Date, Date, never>;
  finished_at: Date | null;
  expires_at: Date;
}

/** A program's report sent every month or quarter to staff of the organization, as a link (migration 0062). */
export interface ReportSubscriptionsTable {
  id: string;
  organization_id: string;
  program_id: string;
  template_ref: string;
  cadence: 'monthly' | 'quarterly';
  /** Staff user ids of the organization. */
  recipients: JSONColumnType<string[]>;
  format: 'xlsx' | 'csv' | 'pdf';
  language: 'fr' | 'en';
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  next_run_on: string;
  last_run_on: string | null;
  active: Generated<boolean>;
  cancelled_by: string | null;
  cancelled_at: Date | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    report_files: ReportFilesTable;
    report_subscriptions: ReportSubscriptionsTable;
    report_templates: ReportTemplatesTable;
  }
}
