import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** Messages written to several people at once; the text is read by each person's mail job. */
export function messagesRepository(db: Executor) {
  return {
    async insert(row: {
      id: string;
      organizationId: string;
      sentBy: string;
      subject: string;
      body: string;
      recipients: number;
      now: Date;
    }) {
      await db
        .insertInto('caseload_messages')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          sent_by: row.sentBy,
          subject: row.subject,
          body: row.body,
          recipients: row.recipients,
          created_at: row.now,
        })
        .execute();
    },

    async find(id: string) {
      return db
        .selectFrom('caseload_messages')
        .select(['id', 'organization_id as organizationId', 'subject', 'body'])
        .where('id', '=', id)
        .executeTakeFirst();
    },
  };
}
