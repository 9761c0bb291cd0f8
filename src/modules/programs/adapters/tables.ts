import type { ColumnType, JSONColumnType } from 'kysely';

export interface ProgramsTable {
  id: string;
  organization_id: string;
  consortium_id: string | null;
  code: string;
  name_fr: string;
  name_en: string;
  description_fr: string | null;
  description_en: string | null;
  counting_unit: 'person' | 'household';
  status: 'draft' | 'active' | 'closed';
  starts_on: string | null;
  ends_on: string | null;
  eligibility_rules: JSONColumnType<unknown[]>;
  /** Reinforced accompaniment: at least this many contacts a month (follow-up computes them). */
  expected_contacts_per_month: ColumnType<number | null, number | null | undefined, number | null>;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ProgramReferentsTable {
  program_id: string;
  organization_id: string;
  user_id: string;
  assigned_at: Date;
}

export interface ProgramTargetsTable {
  id: string;
  program_id: string;
  organization_id: string;
  member_organization_id: string | null;
  period_start: string;
  period_end: string;
  target_count: number;
  unit: 'person' | 'household';
}

export interface EnrolmentsTable {
  id: string;
  organization_id: string;
  program_id: string;
  person_id: string;
  household_key: string | null;
  status: 'enrolled' | 'exited' | 'withdrawn';
  enrolled_on: string;
  ended_on: string | null;
  end_reason: string | null;
  intake_source: string;
  intake_partner_organization_id: string | null;
  intake_note: string | null;
  eligibility_verdict: string;
  eligibility_snapshot: JSONColumnType<object>;
  override_justification: string | null;
  enrolled_by: string | null;
  created_at: ColumnType<Date, Date, never>;
  /** The person's counting key when their files in several organizations are linked (migration 0072). */
  counting_key: string | null;
  /** The other organization's enrolment this one carries on after a hand-off: not a new entry. */
  continues_enrolment_id: string | null;
  /** The day the receiver took over, for a continuation ('YYYY-MM-DD'). */
  accompanied_since: string | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    programs: ProgramsTable;
    program_referents: ProgramReferentsTable;
    program_targets: ProgramTargetsTable;
    enrolments: EnrolmentsTable;
  }
}
