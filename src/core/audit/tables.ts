import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export interface AuditEventsTable {
  id: string;
  occurred_at: ColumnType<Date, Date, never>;
  actor_user_id: string | null;
  /** The organization the actor was working for. */
  organization_id: string | null;
  /** The organization that owns the record touched. */
  subject_organization_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  person_id: string | null;
  request_id: string | null;
  details: JSONColumnType<Record<string, unknown>>;
  chain_index: ColumnType<number | null, never, number>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
  inserted_seq: Generated<number>;
  /** The rule the event was hashed under when sealed (`auditHash`); set by the sealer. */
  hash_version: ColumnType<number, never, number>;
}

export interface AuditChainHeadTable {
  id: number;
  last_index: number;
  last_hash: string;
}

declare module '../db/types.js' {
  interface Database {
    audit_events: AuditEventsTable;
    audit_chain_head: AuditChainHeadTable;
  }
}
