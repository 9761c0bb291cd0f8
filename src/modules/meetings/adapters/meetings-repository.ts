import type { Executor } from '../../../core/db/types.js';
import type { AttendanceStatus, MeetingKind } from '../domain/vocabulary.js';
import './tables.js';

export interface MeetingRecord {
  id: string;
  organizationId: string;
  consortiumId: string;
  kind: MeetingKind;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  place: string | null;
  videoLink: string | null;
  agenda: string[];
  minutes: string | null;
  decisions: string[];
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface InvitationRecord {
  meetingId: string;
  memberOrganizationId: string;
  attendance: AttendanceStatus | null;
  /** Names of guests without an account on the platform. */
  guests: string[];
}

export interface AttendeeRecord {
  meetingId: string;
  memberOrganizationId: string;
  userId: string;
}

export interface DocumentRecord {
  id: string;
  meetingId: string;
  title: string;
  url: string;
  addedBy: string;
  addedAt: Date;
}

export type MeetingDetails = Pick<
  MeetingRecord,
  'title' | 'startsAt' | 'endsAt' | 'place' | 'videoLink' | 'agenda'
>;

const meetingColumns = [
  'id',
  'organization_id as organizationId',
  'consortium_id as consortiumId',
  'kind',
  'title',
  'starts_at as startsAt',
  'ends_at as endsAt',
  'place',
  'video_link as videoLink',
  'agenda',
  'minutes',
  'decisions',
  'created_by as createdBy',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

const asMeeting = (row: Record<string, unknown>) => row as unknown as MeetingRecord;

/** All SQL of the meetings module. Every statement names the keeping (coordinating) organization. */
export function meetingsRepository(db: Executor) {
  return {
    async find(meetingId: string): Promise<MeetingRecord | undefined> {
      const row = await db
        .selectFrom('consortium_meetings')
        .select(meetingColumns)
        .where('id', '=', meetingId)
        .executeTakeFirst();
      return row ? asMeeting(row) : undefined;
    },

    /** Meetings of the given consortia, latest first; for a member, only those it was invited to. */
    async list(filter: {
      consortiumIds: readonly string[];
      invitedOrganizationId: string | null;
      kind?: MeetingKind;
    }): Promise<MeetingRecord[]> {
      if (filter.consortiumIds.length === 0) return [];
      let query = db
        .selectFrom('consortium_meetings')
        .select(meetingColumns)
        .where('consortium_id', 'in', filter.consortiumIds);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.invitedOrganizationId) {
        const invited = filter.invitedOrganizationId;
        query = query.where('id', 'in', (eb) =>
          eb
            .selectFrom('consortium_meeting_invitations')
            .select('meeting_id')
            .where('member_organization_id', '=', invited),
        );
      }
      return (await query.orderBy('starts_at', 'desc').orderBy('id').execute()).map(asMeeting);
    },

    async insert(meeting: MeetingRecord): Promise<void> {
      await db
        .insertInto('consortium_meetings')
        .values({
          id: meeting.id,
          organization_id: meeting.organizationId,
          consortium_id: meeting.consortiumId,
          kind: meeting.kind,
          title: meeting.title,
          starts_at: meeting.startsAt,
          ends_at: meeting.endsAt,
          place: meeting.place,
          video_link: meeting.videoLink,
          agenda: JSON.stringify(meeting.agenda),
          minutes: meeting.minutes,
          decisions: JSON.stringify(meeting.decisions),
          created_by: meeting.createdBy,
          created_at: meeting.createdAt,
          updated_at: meeting.updatedAt,
        })
        .execute();
    },

    async changeDetails(meeting: MeetingRecord, details: MeetingDetails, now: Date): Promise<void> {
      await db
        .updateTable('consortium_meetings')
        .set({
          title: details.title,
          starts_at: details.startsAt,
          ends_at: details.endsAt,
          place: details.place,
          video_link: details.videoLink,
          agenda: JSON.stringify(details.agenda),
          updated_at: now,
        })
        .where('id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .execute();
    },

    async writeMinutes(meeting: MeetingRecord, minutes: string | null, decisions: string[], now: Date) {
      await db
        .updateTable('consortium_meetings')
        .set({ minutes, decisions: JSON.stringify(decisions), updated_at: now })
        .where('id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .execute();
    },

    async invitations(meetingIds: readonly string[]): Promise<InvitationRecord[]> {
      if (meetingIds.length === 0) return [];
      const rows = await db
        .selectFrom('consortium_meeting_invitations')
        .select([
          'meeting_id as meetingId',
          'member_organization_id as memberOrganizationId',
          'attendance',
          'guests',
        ])
        .where('meeting_id', 'in', meetingIds)
        .execute();
      return rows as InvitationRecord[];
    },

    /** The invited organizations become exactly these; attendance kept for those still invited. */
    async setInvited(meeting: MeetingRecord, memberOrganizationIds: readonly string[]): Promise<void> {
      let removal = db
        .deleteFrom('consortium_meeting_invitations')
        .where('meeting_id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId);
      if (memberOrganizationIds.length > 0)
        removal = removal.where('member_organization_id', 'not in', memberOrganizationIds);
      await removal.execute();
      if (memberOrganizationIds.length === 0) return;
      await db
        .insertInto('consortium_meeting_invitations')
        .values(
          memberOrganizationIds.map((memberOrganizationId) => ({
            meeting_id: meeting.id,
            organization_id: meeting.organizationId,
            member_organization_id: memberOrganizationId,
            attendance: null,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['meeting_id', 'member_organization_id', 'organization_id']).doNothing(),
        )
        .execute();
    },

    /** The invitation's status, guests and staff attending become exactly these. */
    async recordAttendance(
      meeting: MeetingRecord,
      row: {
        memberOrganizationId: string;
        attendance: AttendanceStatus | null;
        attendeeUserIds: readonly string[];
        guests: readonly string[];
      },
    ): Promise<void> {
      await db
        .updateTable('consortium_meeting_invitations')
        .set({ attendance: row.attendance, guests: JSON.stringify(row.guests) })
        .where('meeting_id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .where('member_organization_id', '=', row.memberOrganizationId)
        .execute();
      await db
        .deleteFrom('consortium_meeting_attendees')
        .where('meeting_id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .where('member_organization_id', '=', row.memberOrganizationId)
        .execute();
      if (row.attendeeUserIds.length === 0) return;
      await db
        .insertInto('consortium_meeting_attendees')
        .values(
          row.attendeeUserIds.map((userId) => ({
            meeting_id: meeting.id,
            organization_id: meeting.organizationId,
            member_organization_id: row.memberOrganizationId,
            user_id: userId,
          })),
        )
        .execute();
    },

    /** The staff accounts that attended these meetings, by invited organization. */
    async attendees(meetingIds: readonly string[]): Promise<AttendeeRecord[]> {
      if (meetingIds.length === 0) return [];
      return db
        .selectFrom('consortium_meeting_attendees')
        .select([
          'meeting_id as meetingId',
          'member_organization_id as memberOrganizationId',
          'user_id as userId',
        ])
        .where('meeting_id', 'in', meetingIds)
        .execute();
    },

    async insertDocument(organizationId: string, document: DocumentRecord): Promise<void> {
      await db
        .insertInto('consortium_meeting_documents')
        .values({
          id: document.id,
          organization_id: organizationId,
          meeting_id: document.meetingId,
          title: document.title,
          url: document.url,
          added_by: document.addedBy,
          added_at: document.addedAt,
        })
        .execute();
    },

    async documents(meetingId: string): Promise<DocumentRecord[]> {
      const rows = await db
        .selectFrom('consortium_meeting_documents')
        .select([
          'id',
          'meeting_id as meetingId',
          'title',
          'url',
          'added_by as addedBy',
          'added_at as addedAt',
        ])
        .where('meeting_id', '=', meetingId)
        .orderBy('added_at')
        .execute();
      return rows;
    },

    /** Titles and starts of meetings, for an action's history. */
    async meetingHeads(meetingIds: readonly string[]) {
      if (meetingIds.length === 0) return [];
      return db
        .selectFrom('consortium_meetings')
        .select(['id', 'title', 'starts_at as startsAt'])
        .where('id', 'in', meetingIds)
        .execute();
    },
  };
}
