import type { Executor } from '../../../core/db/types.js';
import type { NoteKind } from '../domain/contacts.js';
import './tables.js';

export interface NoteRecord {
  id: string;
  organizationId: string;
  personId: string;
  kind: NoteKind;
  occurredAt: Date;
  minutesSpent: number;
  body: string;
  confidential: boolean;
  authorUserId: string;
  appointmentId: string | null;
  documentIds: string[];
  updatedAt: Date;
}

const noteColumns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'kind',
  'occurred_at as occurredAt',
  'minutes_spent as minutesSpent',
  'body',
  'confidential',
  'author_user_id as authorUserId',
  'appointment_id as appointmentId',
  'document_ids as documentIds',
  'updated_at as updatedAt',
] as const;

/** uuid[] arrives as an array from node-postgres and PGlite alike; older drivers give '{a,b}'. */
const idsOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === 'string' && value.length > 2
      ? value.slice(1, -1).split(',')
      : [];

const toRecord = (row: Omit<NoteRecord, 'documentIds'> & { documentIds: unknown }): NoteRecord => ({
  ...row,
  documentIds: idsOf(row.documentIds),
});

export function notesRepository(db: Executor) {
  return {
    async insert(note: Omit<NoteRecord, 'updatedAt'>, now: Date) {
      await db
        .insertInto('follow_up_notes')
        .values({
          id: note.id,
          organization_id: note.organizationId,
          person_id: note.personId,
          kind: note.kind,
          occurred_at: note.occurredAt,
          minutes_spent: note.minutesSpent,
          body: note.body,
          confidential: note.confidential,
          author_user_id: note.authorUserId,
          appointment_id: note.appointmentId,
          document_ids: note.documentIds,
          created_at: now,
          updated_at: now,
        })
        .execute();
    },
    async update(
      id: string,
      changes: Pick<
        NoteRecord,
        'kind' | 'occurredAt' | 'minutesSpent' | 'body' | 'confidential' | 'documentIds'
      >,
      now: Date,
    ) {
      await db
        .updateTable('follow_up_notes')
        .set({
          kind: changes.kind,
          occurred_at: changes.occurredAt,
          minutes_spent: changes.minutesSpent,
          body: changes.body,
          confidential: changes.confidential,
          document_ids: changes.documentIds,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
    },
    async find(id: string, lock = false): Promise<NoteRecord | undefined> {
      const row = await db
        .selectFrom('follow_up_notes')
        .select(noteColumns)
        .where('id', '=', id)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },
    /** The notes of these files (a kept file and those merged into it), latest first across them. */
    async ofPeople(organizationId: string, personIds: readonly string[]): Promise<NoteRecord[]> {
      const rows = await db
        .selectFrom('follow_up_notes')
        .select(noteColumns)
        .where('organization_id', '=', organizationId)
        .where('person_id', 'in', [...personIds])
        .orderBy('occurred_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toRecord);
    },
  };
}
