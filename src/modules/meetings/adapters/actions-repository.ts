import type { Executor } from '../../../core/db/types.js';
import type { ActionStatus, MeetingKind } from '../domain/vocabulary.js';
import type { MeetingRecord } from './meetings-repository.js';
import './tables.js';

export interface ActionRecord {
  id: string;
  organizationId: string;
  meetingId: string;
  title: string;
  ownerOrganizationId: string;
  ownerUserId: string | null;
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

const actionColumns = [
  'a.id',
  'a.organization_id as organizationId',
  'a.meeting_id as meetingId',
  'a.title',
  'a.owner_organization_id as ownerOrganizationId',
  'a.owner_user_id as ownerUserId',
  'a.owner_name as ownerName',
  'a.due_on as dueOn',
  'a.status',
  'a.created_by as createdBy',
  'a.created_at as createdAt',
] as const;

const asAction = (row: Record<string, unknown>) => row as unknown as ActionRecord;

/** The SQL of a meeting's actions: their status, history and the meetings they are carried over to. */
export function actionsRepository(db: Executor) {
  return {
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
          owner_user_id: action.ownerUserId,
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
  };
}
