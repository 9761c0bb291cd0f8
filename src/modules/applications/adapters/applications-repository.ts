import type { Executor } from '../../../core/db/types.js';
import type { ApplicationState, RefusalParty } from '../domain/application-state.js';
import './tables.js';

export interface ApplicationRecord {
  id: string;
  organizationId: string;
  personId: string;
  offerId: string;
  employerId: string;
  state: ApplicationState;
  refusalReason: string | null;
  refusedBy: RefusalParty | null;
  placementId: string | null;
  hiredOn: string | null;
  proposedBy: string;
  createdAt: Date;
  updatedAt: Date;
  stateChangedAt: Date;
}

export interface MoveRecord {
  id: string;
  applicationId: string;
  fromState: ApplicationState | null;
  toState: ApplicationState;
  refusalReason: string | null;
  refusedBy: RefusalParty | null;
  note: string | null;
  occurredOn: string;
  recordedBy: string;
  recordedAt: Date;
}

export interface CommentRecord {
  id: string;
  applicationId: string;
  body: string;
  authorUserId: string;
  createdAt: Date;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'offer_id as offerId',
  'employer_id as employerId',
  'state',
  'refusal_reason as refusalReason',
  'refused_by as refusedBy',
  'placement_id as placementId',
  'hired_on as hiredOn',
  'proposed_by as proposedBy',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'state_changed_at as stateChangedAt',
] as const;

const moveColumns = [
  'id',
  'application_id as applicationId',
  'from_state as fromState',
  'to_state as toState',
  'refusal_reason as refusalReason',
  'refused_by as refusedBy',
  'note',
  'occurred_on as occurredOn',
  'recorded_by as recordedBy',
  'recorded_at as recordedAt',
] as const;

export function applicationsRepository(db: Executor) {
  return {
    async insert(application: {
      id: string;
      organizationId: string;
      personId: string;
      offerId: string;
      employerId: string;
      proposedBy: string;
      now: Date;
    }) {
      await db
        .insertInto('job_applications')
        .values({
          id: application.id,
          organization_id: application.organizationId,
          person_id: application.personId,
          offer_id: application.offerId,
          employer_id: application.employerId,
          state: 'proposed',
          proposed_by: application.proposedBy,
          created_at: application.now,
          updated_at: application.now,
          state_changed_at: application.now,
        })
        .execute();
    },

    /** The application of this organization; `lock` holds it until the transaction ends (moves). */
    async find(id: string, organizationId: string, lock = false): Promise<ApplicationRecord | undefined> {
      let query = db
        .selectFrom('job_applications')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as ApplicationRecord | undefined;
    },

    async liveOf(personId: string, offerId: string) {
      const row = await db
        .selectFrom('job_applications')
        .select('id')
        .where('person_id', '=', personId)
        .where('offer_id', '=', offerId)
        .where('state', 'in', ['proposed', 'sent', 'interview'])
        .executeTakeFirst();
      return row?.id ?? null;
    },

    async setState(
      id: string,
      change: {
        state: ApplicationState;
        refusalReason?: string | null;
        refusedBy?: RefusalParty | null;
        placementId?: string | null;
        hiredOn?: string | null;
        now: Date;
      },
    ) {
      await db
        .updateTable('job_applications')
        .set({
          state: change.state,
          refusal_reason: change.refusalReason ?? null,
          refused_by: change.refusedBy ?? null,
          placement_id: change.placementId ?? null,
          hired_on: change.hiredOn ?? null,
          state_changed_at: change.now,
          updated_at: change.now,
        })
        .where('id', '=', id)
        .execute();
    },

    async insertMove(move: MoveRecord & { organizationId: string; personId: string }) {
      await db
        .insertInto('job_application_moves')
        .values({
          id: move.id,
          application_id: move.applicationId,
          organization_id: move.organizationId,
          person_id: move.personId,
          from_state: move.fromState,
          to_state: move.toState,
          refusal_reason: move.refusalReason,
          refused_by: move.refusedBy,
          note: move.note,
          occurred_on: move.occurredOn,
          recorded_by: move.recordedBy,
          recorded_at: move.recordedAt,
        })
        .execute();
    },

    async insertComment(comment: CommentRecord & { organizationId: string; personId: string }) {
      await db
        .insertInto('job_application_comments')
        .values({
          id: comment.id,
          application_id: comment.applicationId,
          organization_id: comment.organizationId,
          person_id: comment.personId,
          body: comment.body,
          author_user_id: comment.authorUserId,
          created_at: comment.createdAt,
        })
        .execute();
    },

    async ofPerson(organizationId: string, personId: string): Promise<ApplicationRecord[]> {
      return (await db
        .selectFrom('job_applications')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()) as ApplicationRecord[];
    },

    async allOfPerson(personId: string): Promise<ApplicationRecord[]> {
      return (await db
        .selectFrom('job_applications')
        .select(columns)
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()) as ApplicationRecord[];
    },

    async ofOffer(organizationId: string, offerId: string): Promise<ApplicationRecord[]> {
      return (await db
        .selectFrom('job_applications')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('offer_id', '=', offerId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute()) as ApplicationRecord[];
    },

    async movesOf(applicationIds: readonly string[]): Promise<MoveRecord[]> {
      if (applicationIds.length === 0) return [];
      return (await db
        .selectFrom('job_application_moves')
        .select(moveColumns)
        .where('application_id', 'in', applicationIds)
        .orderBy('recorded_at')
        .orderBy('id')
        .execute()) as MoveRecord[];
    },

    async commentsOf(applicationIds: readonly string[]): Promise<CommentRecord[]> {
      if (applicationIds.length === 0) return [];
      return (await db
        .selectFrom('job_application_comments')
        .select([
          'id',
          'application_id as applicationId',
          'body',
          'author_user_id as authorUserId',
          'created_at as createdAt',
        ])
        .where('application_id', 'in', applicationIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute()) as CommentRecord[];
    },

    /** Anonymization: the moves and comments stay (who did what, when) without their free text. */
    async clearTextsOfPerson(organizationId: string, personId: string) {
      const moves = await db
        .updateTable('job_application_moves')
        .set({ note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('note', 'is not', null)
        .executeTakeFirst();
      const comments = await db
        .updateTable('job_application_comments')
        .set({ body: '' })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('body', '<>', '')
        .executeTakeFirst();
      return Number(moves.numUpdatedRows) + Number(comments.numUpdatedRows);
    },
  };
}
