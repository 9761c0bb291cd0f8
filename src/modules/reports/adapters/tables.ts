import type { ColumnType, JSONColumnType } from 'kysely';
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

declare module '../../../core/db/types.js' {
  interface Database {
    report_templates: ReportTemplatesTable;
  }
}
