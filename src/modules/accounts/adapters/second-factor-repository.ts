import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The replacement of a second factor: the new secret waits beside the current one until confirmed. */
export function secondFactorRepository(db: Executor) {
  return {
    async pendingSecret(userId: string): Promise<string | null> {
      const row = await db
        .selectFrom('users')
        .select('totp_pending_secret')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.totp_pending_secret ?? null;
    },
    async setPendingSecret(userId: string, sealed: string) {
      await db.updateTable('users').set({ totp_pending_secret: sealed }).where('id', '=', userId).execute();
    },
    /** A lost authenticator app: nothing is left, the next login asks for a new one to be set up. */
    async remove(userId: string) {
      await db
        .updateTable('users')
        .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
        .where('id', '=', userId)
        .execute();
    },
    async promotePendingSecret(userId: string, sealed: string, now: Date) {
      await db
        .updateTable('users')
        .set({ totp_secret: sealed, totp_pending_secret: null, totp_enabled_at: now })
        .where('id', '=', userId)
        .execute();
    },
  };
}
