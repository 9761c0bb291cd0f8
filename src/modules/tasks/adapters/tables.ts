import type { ColumnType } from 'kysely';

export interface TasksTable {
  id: string;
  organization_id: string;
  person_id: string | null;
  title: string;
  note: string | null;
  /** 'YYYY-MM-DD'. */
  due_on: string;
  assignee_user_id: string;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
  done_at: Date | null;
  done_by: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    tasks: TasksTable;
  }
}
