import type { ColumnType } from 'kysely';
import type { HandoffDeclineReason, HandoffReason, HandoffStatus } from '../domain/handoff-rules.js';

export interface HandoffsTable {
  id: string;
  /** The sender: the organization that followed the person and proposed the hand-off. */
  organization_id: string;
  person_id: string;
  receiver_organization_id: string;
  enrolment_id: string | null;
  program_id: string | null;
  reason: HandoffReason;
  message: string | null;
  status: HandoffStatus;
  proposed_by: string;
  proposed_at: ColumnType<Date, Date, never>;
  decided_by: string | null;
  decided_at: Date | null;
  decline_reason: HandoffDeclineReason | null;
  decline_note: string | null;
  receiver_person_id: string | null;
  receiver_referent_user_id: string | null;
  receiver_enrolment_id: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    handoffs: HandoffsTable;
  }
}
