import type { Executor } from '../../../core/db/types.js';
import type { ActionStatus, AttendanceStatus, MeetingKind } from '../domain/vocabulary.js';
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
  attendees: string | null;
}

export interface ActionRecord {
  id: string;
  organizationId: string;
  meetingId: string;
  title: string;
  ownerOrganizationId: string;
  ownerName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  createdBy: string;
  createdAt: Date;
}

export interface ActionChangeRecord {
  id: string;
  actionId: string;
  meetingId: string | null;
  from: ActionStatus | null;
  to: ActionStatus;
  note: string | null;
  changedBy: string;
  at: Date;
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

const actionColumns = [
  'a.id',
  'a.organization_id as organizationId',
  'a.meeting_id as meetingId',
  'a.title',
  'a.owner_organization_id as ownerOrganizationId',
  'a.owner_name as ownerName',
  'a.due_on as dueOn',
  'a.status',
  'a.created_by as createdBy',
  'a.created_at as createdAt',
] as const;

const asMeeting = (row: Record<string, unknown>) => row as unknown as MeetingRecord;
const asAction = (row: Record<string, unknown>) => row as unknown as ActionRecord;

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
          'attendees',
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
            attendees: null,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['meeting_id', 'member_organization_id', 'organization_id']).doNothing(),
        )
        .execute();
    },

    async recordAttendance(
      meeting: MeetingRecord,
      row: { memberOrganizationId: string; attendance: AttendanceStatus | null; attendees: string | null },
    ): Promise<void> {
      await db
        .updateTable('consortium_meeting_invitations')
        .set({ attendance: row.attendance, attendees: row.attendees })
        .where('meeting_id', '=', meeting.id)
        .where('organization_id', '=', meeting.organizationId)
        .where('member_organization_id', '=', row.memberOrganizationId)
        .execute();
    },

    async findAction(actionId: string): Promise<ActionRecord | undefined> {
      const row = await db
        .selectFrom('consortium_meeting_actions as a')
        .select(actionColumns)
        .where('a.id', '=', actionId)
        .executeTakeFirst();
      return row ? asAction(row) : undefined;
    },

    /** Actions decided by these meetings, or carried over to them. */
    async actionsOfMeetings(meetingIds: readonly string[]): Promise<ActionRecord[]> {
      if (meetingIds.length === 0) return [];
      const rows = await db
        .selectFrom('consortium_meeting_actions as a')
        .select(actionColumns)
        .where('a.meeting_id', 'in', meetingIds)
        .orderBy('a.created_at')
        .orderBy('a.id')
        .execute();
      return rows.map(asAction);
    },

    async carriedTo(meetingId: string): Promise<ActionRecord[]> {
      const rows = await db
        .selectFrom('consortium_meeting_carried_actions as c')
        .innerJoin('consortium_meeting_actions as a', (join) =>
          join.onRef('a.id', '=', 'c.action_id').onRef('a.organization_id', '=', 'c.organization_id'),
        )
        .innerJoin('consortium_meetings as m', (join) =>
          join.onRef('m.id', '=', 'a.meeting_id').onRef('m.organization_id', '=', 'a.organization_id'),
        )
        .select(actionColumns)
        .where('c.meeting_id', '=', meetingId)
        .orderBy('m.starts_at')
        .orderBy('a.created_at')
        .execute();
      return rows.map(asAction);
    },

    /** Every action of a series with when its meeting began: what the next meeting may carry over. */
    async seriesActions(organizationId: string, consortiumId: string, kind: MeetingKind) {
      return db
        .selectFrom('consortium_meeting_actions as a')
        .innerJoin('consortium_meetings as m', (join) =>
          join.onRef('m.id', '=', 'a.meeting_id').onRef('m.organization_id', '=', 'a.organization_id'),
        )
        .select(['a.id', 'a.status', 'm.starts_at as decidedAt'])
        .where('a.organization_id', '=', organizationId)
        .where('m.consortium_id', '=', consortiumId)
        .where('m.kind', '=', kind)
        .where('a.status', 'in', ['open', 'in_progress'])
        .execute() as Promise<{ id: string; status: ActionStatus; decidedAt: Date }[]>;
    },

    async carryOver(meeting: MeetingRecord, actionIds: readonly string[]): Promise<void> {
      if (actionIds.length === 0) return;
      await db
        .insertInto('consortium_meeting_carried_actions')
        .values(
          actionIds.map((actionId) => ({
            meeting_id: meeting.id,
            action_id: actionId,
            organization_id: meeting.organizationId,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },

    /** The meetings an action was carried over to. */
    async carriedOverTo(actionIds: readonly string[]) {
      if (actionIds.length === 0) return [];
      return db
        .selectFrom('consortium_meeting_carried_actions')
        .select(['action_id as actionId', 'meeting_id as meetingId'])
        .where('action_id', 'in', actionIds)
        .execute();
    },

    /** Open actions of the given consortia's meetings, by due day (none last). */
    async openActions(filter: {
      consortiumIds: readonly string[];
      ownerOrganizationId?: string;
      dueBefore?: string;
    }): Promise<(ActionRecord & { consortiumId: string; meetingTitle: string; meetingStartsAt: Date })[]> {
      if (filter.consortiumIds.length === 0) return [];
      let query = db
        .selectFrom('consortium_meeting_actions as a')
        .innerJoin('consortium_meetings as m', (join) =>
          join.onRef('m.id', '=', 'a.meeting_id').onRef('m.organization_id', '=', 'a.organization_id'),
        )
        .select([
          ...actionColumns,
          'm.consortium_id as consortiumId',
          'm.title as meetingTitle',
          'm.starts_at as meetingStartsAt',
        ])
        .where('m.consortium_id', 'in', filter.consortiumIds)
        .where('a.status', 'in', ['open', 'in_progress']);
      if (filter.ownerOrganizationId)
        query = query.where('a.owner_organization_id', '=', filter.ownerOrganizationId);
      if (filter.dueBefore) query = query.where('a.due_on', '<', filter.dueBefore);
      const rows = await query
        .orderBy(
          (eb) => eb.ref('a.due_on'),
          (ob) => ob.asc().nullsLast(),
        )
        .orderBy('a.created_at')
        .limit(1000)
        .execute();
      return rows as never;
    },

    async insertAction(action: ActionRecord): Promise<void> {
      await db
        .insertInto('consortium_meeting_actions')
        .values({
          id: action.id,
          organization_id: action.organizationId,
          meeting_id: action.meetingId,
          title: action.title,
          owner_organization_id: action.ownerOrganizationId,
          owner_name: action.ownerName,
          due_on: action.dueOn,
          status: action.status,
          created_by: action.createdBy,
          created_at: action.createdAt,
          updated_at: action.createdAt,
        })
        .execute();
    },

    async setActionStatus(action: ActionRecord, status: ActionStatus, now: Date): Promise<void> {
      await db
        .updateTable('consortium_meeting_actions')
        .set({ status, updated_at: now })
        .where('id', '=', action.id)
        .where('organization_id', '=', action.organizationId)
        .execute();
    },

    async insertChange(organizationId: string, change: ActionChangeRecord): Promise<void> {
      await db
        .insertInto('consortium_meeting_action_changes')
        .values({
          id: change.id,
          organization_id: organizationId,
          action_id: change.actionId,
          meeting_id: change.meetingId,
          status_from: change.from,
          status_to: change.to,
          note: change.note,
          changed_by: change.changedBy,
          changed_at: change.at,
        })
        .execute();
    },

    async changesOf(actionIds: readonly string[]): Promise<ActionChangeRecord[]> {
      if (actionIds.length === 0) return [];
      const rows = await db
        .selectFrom('consortium_meeting_action_changes')
        .select([
          'id',
          'action_id as actionId',
          'meeting_id as meetingId',
          'status_from as from',
          'status_to as to',
          'note',
          'changed_by as changedBy',
          'changed_at as at',
        ])
        .where('action_id', 'in', actionIds)
        .orderBy('changed_at')
        .orderBy('id')
        .execute();
      return rows as ActionChangeRecord[];
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
