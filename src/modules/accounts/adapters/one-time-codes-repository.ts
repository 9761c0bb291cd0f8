import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './level-two-tables.js';

/** What makes a second-factor code usable once, and the wrong codes counted on a pending session. */
export function oneTimeCodesRepository(db: Executor) {
  return {
    /**
     * Records `step` as the account's last accepted time step, only if it is greater than the one
     * stored: false when it is not (the code, or an older one, was already used). Two requests with
     * the same code cannot both succeed: the second waits on the row and then finds the step taken.
     */
    async acceptStep(userId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', userId)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    /** A new authenticator app starts its own sequence of steps from the code that confirmed it. */
    async resetStep(userId: string, step: number) {
      await db.updateTable('users').set({ totp_last_step: step }).where('id', '=', userId).execute();
    },
    /** Counts one more wrong code on a session waiting for its second factor; returns the count. */
    async countWrongCode(sessionId: string): Promise<number> {
      const row = await db
        .updateTable('sessions')
        .set({ second_factor_failures: sql<number>`second_factor_failures + 1` })
        .where('id', '=', sessionId)
        .returning('second_factor_failures')
        .executeTakeFirstOrThrow();
      return Number(row.second_factor_failures);
    },
  };
}
