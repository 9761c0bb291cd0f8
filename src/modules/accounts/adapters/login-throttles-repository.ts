import type { Executor } from '../../../core/db/types.js';
import type { ThrottleCounter } from '../domain/login-throttle.js';
import './tables.js';

const counterColumns = [
  'key',
  'failures',
  'window_started_at as windowStartedAt',
  'blocked_until as blockedUntil',
  'updated_at as updatedAt',
] as const;

/** Counters of failed logins (ADR 5, "Throttling"); keys never hold an e-mail in clear. */
export function loginThrottlesRepository(db: Executor) {
  return {
    /**
     * The counter of one key, its row created if missing and locked until the transaction ends: two
     * attempts of the same e-mail from the same source are checked one after the other.
     */
    async lock(key: string, now: Date): Promise<ThrottleCounter | undefined> {
      const row = await db
        .insertInto('login_throttles')
        .values({ key, failures: 0, window_started_at: now, updated_at: now })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({ key: eb.ref('excluded.key') })),
        )
        .returning(counterColumns)
        .executeTakeFirstOrThrow();
      return row.failures === 0 ? undefined : row;
    },
    async find(keys: readonly string[]): Promise<Map<string, ThrottleCounter>> {
      const rows = await db
        .selectFrom('login_throttles')
        .select(counterColumns)
        .where('key', 'in', keys)
        .execute();
      return new Map(rows.map((row) => [row.key, row]));
    },
    async save(key: string, counter: ThrottleCounter): Promise<void> {
      const values = {
        failures: counter.failures,
        window_started_at: counter.windowStartedAt,
        blocked_until: counter.blockedUntil,
        updated_at: counter.updatedAt,
      };
      await db
        .insertInto('login_throttles')
        .values({ key, ...values })
        .onConflict((conflict) => conflict.column('key').doUpdateSet(values))
        .execute();
    },
    async remove(key: string): Promise<void> {
      await db.deleteFrom('login_throttles').where('key', '=', key).execute();
    },
    /** Counters untouched since `before` count nothing any more. */
    async prune(before: Date): Promise<void> {
      await db.deleteFrom('login_throttles').where('updated_at', '<', before).execute();
    },
  };
}
