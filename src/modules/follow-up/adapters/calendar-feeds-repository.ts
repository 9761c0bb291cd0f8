import type { Executor } from '../../../core/db/types.js';

/** A staff member's calendar subscription; the secret itself is never stored, only its SHA-256 hash. */
export function calendarFeedsRepository(db: Executor) {
  return {
    async find(organizationId: string, userId: string) {
      return db
        .selectFrom('calendar_feeds')
        .select(['created_at as createdAt', 'last_read_at as lastReadAt'])
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    /** One live secret per member and organization: a new one replaces the old, whose URL stops at once. */
    async replace(organizationId: string, userId: string, tokenHash: string, now: Date) {
      await db
        .insertInto('calendar_feeds')
        .values({
          organization_id: organizationId,
          user_id: userId,
          token_hash: tokenHash,
          created_at: now,
          last_read_at: null,
        })
        .onConflict((oc) =>
          oc
            .columns(['organization_id', 'user_id'])
            .doUpdateSet({ token_hash: tokenHash, created_at: now, last_read_at: null }),
        )
        .execute();
    },
    async remove(organizationId: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('calendar_feeds')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async byTokenHash(tokenHash: string) {
      return db
        .selectFrom('calendar_feeds')
        .select(['organization_id as organizationId', 'user_id as userId'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },
    async markRead(organizationId: string, userId: string, now: Date) {
      await db
        .updateTable('calendar_feeds')
        .set({ last_read_at: now })
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .execute();
    },
  };
}
