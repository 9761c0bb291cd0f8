import type { ColumnType, JSONColumnType } from 'kysely';

type Created = ColumnType<Date, Date, never>;

export interface SessionTypesTable {
  id: string;
  organization_id: string;
  code: string;
  name_fr: string;
  name_en: string;
  kind: string;
  audience: 'beneficiaries' | 'staff';
  language: string;
  duration_minutes: number;
  capacity: number | null;
  mode: 'in_person' | 'virtual' | 'hybrid';
  attestation_rule: JSONColumnType<object | null, string | null, string | null>;
  training_points: number;
  active: boolean;
  created_at: Created;
}

export interface SessionSeriesTable {
  id: string;
  organization_id: string;
  session_type_id: string;
  program_id: string | null;
  title: string;
  language: string;
  mode: 'in_person' | 'virtual' | 'hybrid';
  place: string | null;
  meeting_link: string | null;
  capacity: number | null;
  openness: 'organization' | 'consortium' | 'public';
  consortium_id: string | null;
  presenter: string | null;
  attestation_rule: JSONColumnType<object | null, string | null, string | null>;
  status: 'planned' | 'cancelled' | 'completed';
  /** A job visit's host employer and site (migration 0050), through the employers api. */
  employer_id: string | null;
  employer_site_id: string | null;
  created_by: string | null;
  created_at: Created;
}

export interface SessionMeetingsTable {
  id: string;
  series_id: string;
  organization_id: string;
  number: number;
  starts_at: Date;
  duration_minutes: number;
  status: 'scheduled' | 'held' | 'cancelled';
  first_planned_at: Date;
  cancel_reason: string | null;
}

export interface SessionEnrolmentsTable {
  id: string;
  series_id: string;
  organization_id: string;
  participant_kind: 'person' | 'staff';
  person_id: string | null;
  user_id: string | null;
  participant_organization_id: string;
  status: 'enrolled' | 'waitlisted' | 'withdrawn';
  requested_at: Date;
  status_changed_at: Date;
  enrolled_by: string | null;
}

export interface SessionAttendanceTable {
  meeting_id: string;
  enrolment_id: string;
  organization_id: string;
  mark: 'present' | 'late' | 'left_early' | 'excused_absence' | 'unexcused_absence';
  minutes_missed: number;
  live: boolean;
  recorded_by: string | null;
  recorded_at: Date;
}

export interface SessionAttestationsTable {
  id: string;
  enrolment_id: string;
  organization_id: string;
  verification_code: string;
  issued_on: string;
  attended_minutes: number;
  scheduled_minutes: number;
  superseded_at: Date | null;
  created_at: Created;
}

/** What an organization asks of its staff in training over a rolling period (one per organization). */
export interface StaffCertificationsTable {
  organization_id: string;
  name_fr: string;
  name_en: string;
  required_points: number | null;
  required_minutes: number | null;
  period_months: number;
  updated_by: string | null;
  updated_at: Date;
}

export interface SessionSignupRequestsTable {
  id: string;
  organization_id: string;
  series_id: string;
  given_name: string;
  family_name: string;
  email: string;
  phone: string | null;
  preferred_language: 'fr' | 'en' | 'ar';
  consent_text_version: string;
  consent_given_at: Date;
  status: 'pending' | 'accepted' | 'declined';
  decided_by: string | null;
  decided_at: Date | null;
  person_id: string | null;
  enrolment_id: string | null;
  created_at: Created;
}

/** Summary tables of the session figures (migration 0053), kept by adapters/figures-summary.ts. */
export interface SessionFiguresSeriesTable {
  organization_id: string;
  series_id: string;
  program_id: string | null;
  title: string;
  capacity: number | null;
  enrolled: number;
}

export interface SessionFiguresMeetingsTable {
  organization_id: string;
  meeting_id: string;
  series_id: string;
  program_id: string | null;
  starts_at: Date;
  /** The day it starts on in its organization's zone ('YYYY-MM-DD', migration 0092): what periods compare. */
  starts_on: string;
  status: 'scheduled' | 'held' | 'cancelled';
  duration_minutes: number;
  marks: number;
  attended_minutes: number;
  no_shows: number;
}

/** A series' meetings of one month of its organization's days added up, held and scheduled apart (cancelled: only in `meetings`). */
export interface SessionFiguresSeriesMonthsTable {
  organization_id: string;
  series_id: string;
  month: string;
  program_id: string | null;
  meetings: number;
  held_meetings: number;
  held_minutes: number;
  held_attended_minutes: number;
  held_marks: number;
  held_no_shows: number;
  scheduled_meetings: number;
  scheduled_minutes: number;
  scheduled_attended_minutes: number;
  scheduled_marks: number;
  scheduled_no_shows: number;
}

/** A participant's marks by day or month of the organization's days (migration 0092). */
export interface SessionFiguresParticipantsTable {
  organization_id: string;
  /** The nil uuid for series outside any program. */
  program_id: string;
  participant_id: string;
  span: 'day' | 'month';
  starts_on: string;
  marks: number;
  attended_minutes: number;
}

declare module '../../../core/db/types.js' {
  interface Database {
    session_types: SessionTypesTable;
    session_series: SessionSeriesTable;
    session_meetings: SessionMeetingsTable;
    session_enrolments: SessionEnrolmentsTable;
    session_attendance: SessionAttendanceTable;
    session_attestations: SessionAttestationsTable;
    staff_certifications: StaffCertificationsTable;
    session_signup_requests: SessionSignupRequestsTable;
    session_figures_series: SessionFiguresSeriesTable;
    session_figures_meetings: SessionFiguresMeetingsTable;
    session_figures_series_months: SessionFiguresSeriesMonthsTable;
    session_figures_participants: SessionFiguresParticipantsTable;
  }
}
