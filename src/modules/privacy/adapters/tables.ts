import type { RetentionPurpose } from '../domain/retention.js';

export interface RetentionPoliciesTable {
  organization_id: string;
  purpose: RetentionPurpose;
  months: number;
  updated_by: string | null;
  updated_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    retention_policies: RetentionPoliciesTable;
  }
}
