import type { ColumnType } from 'kysely';

export interface ConsortiumMeetingsTable {
  id: string;
  /** The consortium's coordinating organization, which keeps its meetings. */
  organization_id: string;
  consortium_id: string;
  kind: string;
  title: string;
  starts_at: Date;
  ends_at: Date | null;
  place: string | null;
  video_link: string | null;
  /** JSON array of the agenda's items (text), in order. */
  agenda: ColumnType<string[], string, string>;
  minutes: string | null;
  /** JSON array of the decisions (text), numbered by their order. */
  decisions: ColumnType<string[], string, string>;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ConsortiumMeetingInvitationsTable {
  meeting_id: string;
  organization_id: string;
  member_organization_id: string;
  attendance: string | null;
  /** JSON array of the names of guests without an account on the platform (migration 0089). */
  guests: ColumnType<string[], string | undefined, string>;
}

/** A staff account of the invited organization that attended (migration 0089). */
export interface ConsortiumMeetingAttendeesTable {
  meeting_id: string;
  organization_id: string;
  member_organization_id: string;
  user_id: string;
}

/** A contact of the partner directory that attended (migration 0091): ids only, names read from network. */
export interface ConsortiumMeetingPartnerAttendeesTable {
  meeting_id: string;
  organization_id: string;
  contact_id: string;
  partner_id: string;
}

export interface ConsortiumMeetingActionsTable {
  id: string;
  organization_id: string;
  meeting_id: string;
  title: string;
  owner_organization_id: string;
  /** A staff account of the owning organization (migration 0089); `owner_name` names someone without one. */
  owner_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  owner_name: string | null;
  /** 'YYYY-MM-DD'. */
  due_on: ColumnType<string | null, string | null, string | null>;
  status: string;
  created_by: string;
  created_at: ColumnType<Date, Date, never>;
  updated_at: Date;
}

export interface ConsortiumMeetingActionChangesTable {
  id: string;
  organization_id: string;
  action_id: string;
  meeting_id: string | null;
  status_from: string | null;
  status_to: string;
  note: string | null;
  changed_by: string;
  changed_at: Date;
}

export interface ConsortiumMeetingCarriedActionsTable {
  meeting_id: string;
  action_id: string;
  organization_id: string;
}

export interface ConsortiumMeetingDocumentsTable {
  id: string;
  organization_id: string;
  meeting_id: string;
  title: string;
  url: string;
  added_by: string;
  added_at: Date;
}

declare module '../../../core/db/types.js' {
  interface Database {
    consortium_meetings: ConsortiumMeetingsTable;
    consortium_meeting_invitations: ConsortiumMeetingInvitationsTable;
    consortium_meeting_attendees: ConsortiumMeetingAttendeesTable;
    consortium_meeting_partner_attendees: ConsortiumMeetingPartnerAttendeesTable;
    consortium_meeting_actions: ConsortiumMeetingActionsTable;
    consortium_meeting_action_changes: ConsortiumMeetingActionChangesTable;
    consortium_meeting_carried_actions: ConsortiumMeetingCarriedActionsTable;
    consortium_meeting_documents: ConsortiumMeetingDocumentsTable;
  }
}
