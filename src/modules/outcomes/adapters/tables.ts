import type { ColumnType, JSONColumnType } from 'kysely';

export interface ExitRuleVersionsTable {
  id: string;
  organization_id: string;
  program_id: string;
  version: number;
  effective_from: string;
  rule: JSONColumnType<object>;
  created_by: string | null;
  created_at: ColumnType<Date, Date, never>;
}

export interface EnrolmentExitsTable {
  id: string;
  organization_id: string;
  enrolment_id: string;
  program_id: string;
  person_id: string;
  outcome: string;
  exit_on: string;
  contract_start_on: string | null;
  contract_end_on: string | null;
  region: string | null;
  credential_name: string | null;
  credential_obtained_on: string | null;
  evidence_kind: 'placement' | 'training' | 'declaration' | 'document';
  placement_id: string | null;
  document_id: string | null;
  training_name: string | null;
  note: string | null;
  verdict: 'positive' | 'not_positive' | 'excluded' | 'no_rule';
  verdict_reason: string;
  rule_version_id: string | null;
  rule_version: number | null;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, Date, never>;
  superseded_at: Date | null;
  superseded_by: string | null;
  correction_reason: string | null;
}

export interface ExitFollowUpsTable {
  id: string;
  organization_id: string;
  enrolment_id: string;
  program_id: string;
  person_id: string;
  months: number;
  due_on: string;
  status: 'pending' | 'answered' | 'unreachable' | 'cancelled';
  attempts: ColumnType<number, number | undefined, number>;
  answered_on: string | null;
  answered_via: 'phone' | 'in_person' | 'email' | 'form' | null;
  answer: JSONColumnType<object> | null;
  task_given: ColumnType<boolean, boolean | undefined, boolean>;
  recorded_by: string | null;
  updated_at: Date;
}

export interface ExitFollowUpAttemptsTable {
  id: string;
  follow_up_id: string;
  organization_id: string;
  channel: 'phone' | 'email' | 'sms' | 'in_person' | 'form';
  result: string;
  note: string | null;
  recorded_by: string | null;
  at: Date;
}

export interface ExitFollowUpLinksTable {
  id: string;
  follow_up_id: string;
  organization_id: string;
  token_hash: string;
  language: string;
  sent_to: string;
  created_at: ColumnType<Date, Date, never>;
  expires_at: Date;
  used_at: Date | null;
  expiry_counted: ColumnType<boolean, boolean | undefined, boolean>;
}

declare module '../../../core/db/types.js' {
  interface Database {
    exit_rule_versions: ExitRuleVersionsTable;
    enrolment_exits: EnrolmentExitsTable;
    exit_follow_ups: ExitFollowUpsTable;
    exit_follow_up_attempts: ExitFollowUpAttemptsTable;
    exit_follow_up_links: ExitFollowUpLinksTable;
  }
}
