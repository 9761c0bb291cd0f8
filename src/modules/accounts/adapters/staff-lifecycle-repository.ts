import type { Executor } from '../../../core/db/types.js';
import './level-two-tables.js';

/** Deactivating and reactivating a staff account (ASVS 7.4.2). */
export function staffLifecycleRepository(db: Executor) {
  return {
    async setDeactivated(userId: string, change: { at: Date; by: string } | null) {
      await db
        .updateTable('users')
        .set({ disabled_at: change?.at ?? null, disabled_by: change?.by ?? null })
        .where('id', '=', userId)
        .execute();
    },
  };
}
