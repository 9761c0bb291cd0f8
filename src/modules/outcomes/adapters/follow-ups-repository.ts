import type { Executor } from '../../../core/db/types.js';
import type { FollowUpAnswer, FollowUpStatus } from '../domain/vocabulary.js';
import './tables.js';

export interface FollowUpRecord {
  id: string;
  organizationId: string;
  enrolmentId: string;
  programId: string;
  personId: string;
  months: number;
  dueOn: string;
  status: FollowUpStatus;
  attempts: number;
  answeredOn: string | null;
  answeredVia: 'phone' | 'in_person' | 'email' | 'form' | null;
  answer: FollowUpAnswer | null;
  taskGiven: boolean;
}

/** A follow-up as the measures read it (`factsOfProgram`). */
export type FollowUpFactsRow = Pick<
  FollowUpRecord,
  'enrolmentId' | 'months' | 'dueOn' | 'status' | 'answeredOn' | 'answer'
>;

const columns = [
  'id',
  'organization_id as organizationId',
  'enrolment_id as enrolmentId',
  'program_id as programId',
  'person_id as personId',
  'months',
  'due_on as dueOn',
  'status',
  'attempts',
  'answered_on as answeredOn',
  'answered_via as answeredVia',
  'answer',
  'task_given as taskGiven',
] as const;

const toRecord = (row: Record<string, unknown>): FollowUpRecord => {
  const answer = row.answer;
  return {
    ...(row as unknown as FollowUpRecord),
    answer: (typeof answer === 'string' ? JSON.parse(answer) : answer) as FollowUpAnswer | null,
  };
};

/** Follow-ups after exit, their attempts and the single-use links of their form. */
export function followUpsRepository(db: Executor) {
  return {
    async insertMany(
      rows: readonly {
        id: string;
        organizationId: string;
        enrolmentId: string;
        programId: string;
        personId: string;
        months: number;
        dueOn: string;
      }[],
      now: Date,
    ) {
      if (rows.length === 0) return;
      await db
        .insertInto('exit_follow_ups')
        .values(
          rows.map((r) => ({
            id: r.id,
            organization_id: r.organizationId,
            enrolment_id: r.enrolmentId,
            program_id: r.programId,
            person_id: r.personId,
            months: r.months,
            due_on: r.dueOn,
            status: 'pending' as const,
            updated_at: now,
          })),
        )
        .execute();
    },
    async ofEnrolment(enrolmentId: string): Promise<FollowUpRecord[]> {
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select(columns)
        .where('enrolment_id', '=', enrolmentId)
        .orderBy('months')
        .execute();
      return rows.map(toRecord);
    },
    async ofPerson(personId: string, organizationId: string): Promise<FollowUpRecord[]> {
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select(columns)
        .where('person_id', '=', personId)
        .where('organization_id', '=', organizationId)
        .orderBy('due_on')
        .execute();
      return rows.map(toRecord);
    },
    async ofProgram(programId: string, organizationIds: readonly string[]): Promise<FollowUpRecord[]> {
      if (organizationIds.length === 0) return [];
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select(columns)
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .execute();
      return rows.map(toRecord);
    },
    /** What the measures read of a program's follow-ups: the moment, its dates, its status and answer. */
    async factsOfProgram(programId: string, organizationIds: readonly string[]): Promise<FollowUpFactsRow[]> {
      if (organizationIds.length === 0) return [];
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select([
          'enrolment_id as enrolmentId',
          'months',
          'due_on as dueOn',
          'status',
          'answered_on as answeredOn',
          'answer',
        ])
        .where('program_id', '=', programId)
        .where('organization_id', 'in', organizationIds)
        .execute();
      for (const row of rows)
        if (typeof row.answer === 'string') (row as { answer: unknown }).answer = JSON.parse(row.answer);
      return rows as FollowUpFactsRow[];
    },
    async ofEnrolments(enrolmentIds: readonly string[]): Promise<FollowUpRecord[]> {
      if (enrolmentIds.length === 0) return [];
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select(columns)
        .where('enrolment_id', 'in', enrolmentIds)
        .execute();
      return rows.map(toRecord);
    },
    async find(id: string, organizationId: string | null, lock = false): Promise<FollowUpRecord | undefined> {
      let query = db.selectFrom('exit_follow_ups').select(columns).where('id', '=', id);
      if (organizationId) query = query.where('organization_id', '=', organizationId);
      const row = await (lock ? query.forUpdate() : query).executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    async update(
      id: string,
      change: Partial<{
        status: FollowUpStatus;
        attempts: number;
        dueOn: string;
        answeredOn: string | null;
        answeredVia: FollowUpRecord['answeredVia'];
        answer: FollowUpAnswer | null;
        taskGiven: boolean;
        recordedBy: string | null;
      }>,
      now: Date,
    ) {
      await db
        .updateTable('exit_follow_ups')
        .set({
          ...(change.status !== undefined && { status: change.status }),
          ...(change.attempts !== undefined && { attempts: change.attempts }),
          ...(change.dueOn !== undefined && { due_on: change.dueOn }),
          ...(change.answeredOn !== undefined && { answered_on: change.answeredOn }),
          ...(change.answeredVia !== undefined && { answered_via: change.answeredVia }),
          ...(change.answer !== undefined && {
            answer: change.answer === null ? null : JSON.stringify(change.answer),
          }),
          ...(change.taskGiven !== undefined && { task_given: change.taskGiven }),
          ...(change.recordedBy !== undefined && { recorded_by: change.recordedBy }),
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    /** Pending follow-ups due on or before a day (every organization: the daily sweep). */
    async dueBy(day: string): Promise<FollowUpRecord[]> {
      const rows = await db
        .selectFrom('exit_follow_ups')
        .select(columns)
        .where('status', '=', 'pending')
        .where('due_on', '<=', day)
        .orderBy('due_on')
        .execute();
      return rows.map(toRecord);
    },
    async insertAttempt(row: {
      id: string;
      followUpId: string;
      organizationId: string;
      channel: 'phone' | 'email' | 'sms' | 'in_person' | 'form';
      result: string;
      note: string | null;
      recordedBy: string | null;
      at: Date;
    }) {
      await db
        .insertInto('exit_follow_up_attempts')
        .values({
          id: row.id,
          follow_up_id: row.followUpId,
          organization_id: row.organizationId,
          channel: row.channel,
          result: row.result,
          note: row.note,
          recorded_by: row.recordedBy,
          at: row.at,
        })
        .execute();
    },
    async insertLink(row: {
      id: string;
      followUpId: string;
      organizationId: string;
      tokenHash: string;
      language: string;
      sentTo: string;
      now: Date;
      expiresAt: Date;
    }) {
      await db
        .insertInto('exit_follow_up_links')
        .values({
          id: row.id,
          follow_up_id: row.followUpId,
          organization_id: row.organizationId,
          token_hash: row.tokenHash,
          language: row.language,
          sent_to: row.sentTo,
          created_at: row.now,
          expires_at: row.expiresAt,
        })
        .execute();
    },
    async linkByHash(tokenHash: string, lock = false) {
      const query = db
        .selectFrom('exit_follow_up_links')
        .select([
          'id',
          'follow_up_id as followUpId',
          'organization_id as organizationId',
          'language',
          'expires_at as expiresAt',
          'used_at as usedAt',
        ])
        .where('token_hash', '=', tokenHash);
      return (lock ? query.forUpdate() : query).executeTakeFirst();
    },
    async markExpiryCounted(id: string) {
      await db
        .updateTable('exit_follow_up_links')
        .set({ expiry_counted: true })
        .where('id', '=', id)
        .execute();
    },
    async hasLink(followUpId: string): Promise<boolean> {
      const row = await db
        .selectFrom('exit_follow_up_links')
        .select('id')
        .where('follow_up_id', '=', followUpId)
        .executeTakeFirst();
      return row !== undefined;
    },
    async markLinkUsed(id: string, at: Date) {
      await db.updateTable('exit_follow_up_links').set({ used_at: at }).where('id', '=', id).execute();
    },
    /** The latest link of each of these follow-ups (when sent, until when). */
    async latestLinks(followUpIds: readonly string[]) {
      if (followUpIds.length === 0) return new Map<string, { createdAt: Date; expiresAt: Date }>();
      const rows = await db
        .selectFrom('exit_follow_up_links')
        .select(['follow_up_id as followUpId', 'created_at as createdAt', 'expires_at as expiresAt'])
        .where('follow_up_id', 'in', followUpIds)
        .orderBy('created_at')
        .execute();
      return new Map(rows.map((r) => [r.followUpId, { createdAt: r.createdAt, expiresAt: r.expiresAt }]));
    },
    /** Links that expired unused while their follow-up still waits (the sweep counts each as an attempt). */
    async expiredUnusedLinks(now: Date) {
      return db
        .selectFrom('exit_follow_up_links as l')
        .innerJoin('exit_follow_ups as f', 'f.id', 'l.follow_up_id')
        .select([
          'l.id',
          'l.follow_up_id as followUpId',
          'l.organization_id as organizationId',
          'l.sent_to as sentTo',
        ])
        .where('l.used_at', 'is', null)
        .where('l.expiry_counted', '=', false)
        .where('l.expires_at', '<', now)
        .where('f.status', '=', 'pending')
        .execute();
    },
    /** Anonymization: attempts lose their notes, links the address they were sent to. */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const ids = db
        .selectFrom('exit_follow_ups')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId);
      const attempts = await db
        .updateTable('exit_follow_up_attempts')
        .set({ note: null })
        .where('follow_up_id', 'in', ids)
        .executeTakeFirst();
      await db
        .updateTable('exit_follow_up_links')
        .set({ sent_to: '' })
        .where('follow_up_id', 'in', ids)
        .execute();
      return Number(attempts.numUpdatedRows);
    },
    /** For each of these people, the earliest follow-up after exit due by `today` and still waiting. */
    async earliestDue(personIds: readonly string[], today: string) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('exit_follow_ups')
        .select(['person_id as personId'])
        .select((eb) => eb.fn.min<string>('due_on').as('dueOn'))
        .where('person_id', 'in', personIds)
        .where('status', '=', 'pending')
        .where('due_on', '<=', today)
        .groupBy('person_id')
        .execute();
    },
    /** A subquery of the organization's people with a follow-up after exit due and still waiting. */
    personIdsWithDue(organizationId: string, today: string) {
      return db
        .selectFrom('exit_follow_ups as due_follow_ups')
        .select('due_follow_ups.person_id as person_id')
        .where('due_follow_ups.organization_id', '=', organizationId)
        .where('due_follow_ups.status', '=', 'pending')
        .where('due_follow_ups.due_on', '<=', today);
    },
  };
}
