import type { ColumnType } from 'kysely';

type Created = ColumnType<Date, Date, never>;

export interface AppointmentsTable {
  id: string;
  organization_id: string;
  person_id: string;
  program_id: string | null;
  mode: 'in_person' | 'phone' | 'video';
  site_id: string | null;
  place: string | null;
  meeting_link: string | null;
  starts_at: Date;
  duration_minutes: number;
  status: 'scheduled' | 'held' | 'missed' | 'cancelled';
  cancel_reason: string | null;
  outcome_note: string | null;
  /** iCalendar SEQUENCE: bumped on every change sent to participants. */
  sequence: number;
  created_by: string | null;
  created_at: Created;
  status_changed_at: Date;
  status_changed_by: string | null;
}

export interface AppointmentParticipantsTable {
  id: string;
  appointment_id: string;
  organization_id: string;
  kind: 'staff' | 'partner';
  user_id: string | null;
  partner_name: string | null;
  partner_organization: string | null;
  partner_email: string | null;
}

export interface FollowUpNotesTable {
  id: string;
  organization_id: string;
  person_id: string;
  kind: 'individual_interview' | 'phone_call' | 'message' | 'home_visit' | 'partner_exchange';
  occurred_at: Date;
  minutes_spent: number;
  body: string;
  confidential: boolean;
  author_user_id: string;
  appointment_id: string | null;
  document_ids: string[];
  created_at: Created;
  updated_at: Date;
}

/** A staff member's calendar subscription: only the hash of its secret (migration 0033). */
export interface CalendarFeedsTable {
  organization_id: string;
  user_id: string;
  token_hash: string;
  created_at: Date;
  last_read_at: Date | null;
}

declare module '../../../core/db/types.js' {
  interface Database {
    appointments: AppointmentsTable;
    appointment_participants: AppointmentParticipantsTable;
    follow_up_notes: FollowUpNotesTable;
    calendar_feeds: CalendarFeedsTable;
  }
}
