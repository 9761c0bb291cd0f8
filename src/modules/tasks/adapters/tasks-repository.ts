import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, Executor } from '../../../core/db/types.js';
import type { TaskBucket } from '../domain/task-buckets.js';
import './tables.js';

export interface TaskRecord {
  id: string;
  organizationId: string;
  personId: string | null;
  title: string;
  note: string | null;
  dueOn: string;
  assigneeUserId: string;
  createdBy: string;
  createdAt: Date;
  doneAt: Date | null;
  doneBy: string | null;
}

const columns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'title',
  'note',
  sql<string>`to_char(due_on, 'YYYY-MM-DD')`.as('dueOn'),
  'assignee_user_id as assigneeUserId',
  'created_by as createdBy',
  'created_at as createdAt',
  'done_at as doneAt',
  'done_by as doneBy',
] as const;

function inBucket(eb: ExpressionBuilder<Database, 'tasks'>, bucket: TaskBucket, today: string) {
  switch (bucket) {
    case 'done':
      return eb('done_at', 'is not', null);
    case 'overdue':
      return eb.and([eb('done_at', 'is', null), eb('due_on', '<', today)]);
    case 'today':
      return eb.and([eb('done_at', 'is', null), eb('due_on', '=', today)]);
    case 'upcoming':
      return eb.and([eb('done_at', 'is', null), eb('due_on', '>', today)]);
  }
}

/** All SQL of the tasks module. */
export function tasksRepository(db: Executor) {
  return {
    async insert(row: Omit<TaskRecord, 'doneAt' | 'doneBy'>): Promise<void> {
      await db
        .insertInto('tasks')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          title: row.title,
          note: row.note,
          due_on: row.dueOn,
          assignee_user_id: row.assigneeUserId,
          created_by: row.createdBy,
          created_at: row.createdAt,
          updated_at: row.createdAt,
        })
        .execute();
    },

    /** The task, locked for the change that follows when `lock`. */
    async find(id: string, organizationId: string, lock = false): Promise<TaskRecord | undefined> {
      let query = db
        .selectFrom('tasks')
        .select(columns)
        .where('id', '=', id)
        .where('organization_id', '=', organizationId);
      if (lock) query = query.forUpdate();
      return (await query.executeTakeFirst()) as TaskRecord | undefined;
    },

    async update(
      id: string,
      change: Partial<{
        title: string;
        note: string | null;
        due_on: string;
        assignee_user_id: string;
        done_at: Date | null;
        done_by: string | null;
      }>,
      now: Date,
    ): Promise<void> {
      await db
        .updateTable('tasks')
        .set({ ...change, updated_at: now })
        .where('id', '=', id)
        .execute();
    },

    /** One bucket of the tasks assigned to (or given by) a staff member, one page. */
    async page(query: {
      organizationId: string;
      userId: string;
      assigned: 'toMe' | 'byMe';
      bucket: TaskBucket;
      today: string;
      page: number;
      pageSize: number;
    }): Promise<{ items: TaskRecord[]; total: number }> {
      const base = db
        .selectFrom('tasks')
        .where('organization_id', '=', query.organizationId)
        .where((eb) =>
          query.assigned === 'toMe'
            ? eb('assignee_user_id', '=', query.userId)
            : eb.and([eb('created_by', '=', query.userId), eb('assignee_user_id', '<>', query.userId)]),
        )
        .where((eb) => inBucket(eb, query.bucket, query.today));
      const [items, count] = await Promise.all([
        base
          .select(columns)
          .$call((q) =>
            query.bucket === 'done'
              ? q.orderBy('done_at', 'desc')
              : q.orderBy('due_on', 'asc').orderBy('title', 'asc'),
          )
          .orderBy('id')
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize)
          .execute(),
        base.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: items as TaskRecord[], total: Number(count.n) };
    },

    /** How many of a staff member's open tasks fall in each bucket. */
    async openCounts(organizationId: string, userId: string, today: string) {
      const row = await db
        .selectFrom('tasks')
        .where('organization_id', '=', organizationId)
        .where('assignee_user_id', '=', userId)
        .where('done_at', 'is', null)
        .select([
          sql<string>`count(*) filter (where due_on < ${today})`.as('overdue'),
          sql<string>`count(*) filter (where due_on = ${today})`.as('today'),
          sql<string>`count(*) filter (where due_on > ${today})`.as('upcoming'),
        ])
        .executeTakeFirstOrThrow();
      return { overdue: Number(row.overdue), today: Number(row.today), upcoming: Number(row.upcoming) };
    },

    /** The open tasks of one staff member due from `from` to the day before `to`, for the agenda. */
    async openDueBetween(organizationId: string, userId: string, from: string, to: string) {
      return (await db
        .selectFrom('tasks')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('assignee_user_id', '=', userId)
        .where('done_at', 'is', null)
        .where('due_on', '>=', from)
        .where('due_on', '<', to)
        .orderBy('due_on')
        .orderBy('title')
        .limit(200)
        .execute()) as TaskRecord[];
    },

    /** A person's tasks in the organization: open ones, and the done ones when asked (latest 50). */
    async ofPerson(organizationId: string, personId: string, includeDone: boolean): Promise<TaskRecord[]> {
      const open = db
        .selectFrom('tasks')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .where('done_at', 'is', null)
        .orderBy('due_on')
        .orderBy('title')
        .execute();
      const done = includeDone
        ? db
            .selectFrom('tasks')
            .select(columns)
            .where('organization_id', '=', organizationId)
            .where('person_id', '=', personId)
            .where('done_at', 'is not', null)
            .orderBy('done_at', 'desc')
            .limit(50)
            .execute()
        : Promise.resolve([]);
      const [openRows, doneRows] = await Promise.all([open, done]);
      return [...openRows, ...doneRows] as TaskRecord[];
    },

    async ofPersonAll(organizationId: string, personId: string): Promise<TaskRecord[]> {
      return (await db
        .selectFrom('tasks')
        .select(columns)
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute()) as TaskRecord[];
    },

    /** Anonymization: the title and the note may name the person or their affairs. */
    async clearTextsOfPerson(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('tasks')
        .set({ title: '—', note: null })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
