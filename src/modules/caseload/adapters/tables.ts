import type { ColumnType } from 'kysely';

export interface CaseloadViewsTable {
  id: string;
  organization_id: string;
  owner_user_id: string;
  name: string;
  shared: boolean;
  /** The caseload's filters as saved (JSON); read back through `readStoredFilters`. */
  filters: ColumnType<unknown, string, string>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface CaseloadMessagesTable {
  id: string;
  organization_id: string;
  sent_by: string;
  subject: string;
  /** With `{firstName}` where each person's given name goes. */
  body: string;
  recipients: number;
  created_at: ColumnType<Date, Date, never>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    caseload_views: CaseloadViewsTable;
    caseload_messages: CaseloadMessagesTable;
  }
}
