import type { ColumnType } from 'kysely';
import type { HouseholdRelation } from '../../people/domain/household.js';
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
  /** The sender's household the person lives in, when other members are handed over with them (0079). */
  household_id: ColumnType<string | null, string | null | undefined, string | null>;
  household_relation: ColumnType<HouseholdRelation | null, HouseholdRelation | null | undefined, never>;
  /** When the sweep reminded both sides that the proposal waits: once per proposal. */
  reminded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** Another member of the household, with a file of the sender's, handed over with the person. */
export interface HandoffMembersTable {
  handoff_id: string;
  organization_id: string;
  person_id: string;
  /** Their relation in the household re-formed at the receiver. */
  relation: HouseholdRelation;
  receiver_person_id: string | null;
  receiver_enrolment_id: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    handoffs: HandoffsTable;
    handoff_members: HandoffMembersTable;
  }
}
