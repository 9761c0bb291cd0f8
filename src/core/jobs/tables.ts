import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface JobsTable {
  id: string;
  kind: string;
  /** Ids only, never personal or sensitive data: the row outlives the request and is read by operators. */
  payload: JSONColumnType<Record<string, unknown>>;
  run_at: Date;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Date | null;
  completed_at: Date | null;
  failed_at: Date | null;
  /** The error's message only, truncated; never the payload. */
  last_error: string | null;
  dedupe_key: string | null;
  created_at: ColumnType<Date, Date, never>;
}

declare module '../db/types.js' {
  interface Database {
    jobs: JobsTable;
  }
}
