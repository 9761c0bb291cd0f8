/** What other modules may ask of accounts. */
import type { Actor } from '../../core/auth/actor.js';
import type { Executor } from '../../core/db/types.js';
import { accountsRepository } from './adapters/accounts-repository.js';
import { requireRecentAuthentication } from './use-cases/recent-authentication.js';

export function accountsApi(db: Executor) {
  const repo = accountsRepository(db);
  return {
    /**
     * For a sensitive action (exporting a person's file, changing a second factor): throws 403
     * REAUTHENTICATION_REQUIRED unless this session proved the password (and the second factor the
     * account has) within the last 10 minutes. Call it in the use case, with its `trx` and `now`,
     * after the role check. The web client then asks for the password and retries.
     */
    requireRecentAuthentication(actor: Actor, now: Date): Promise<void> {
      return requireRecentAuthentication(db, actor, now);
    },
    /** Display names of staff accounts, for showing who did something. */
    async displayNames(userIds: readonly string[]): Promise<Map<string, string>> {
      const users = await repo.findUsers([...new Set(userIds)]);
      return new Map(users.map((u) => [u.id, u.displayName]));
    },
    /** Where to send a staff member an invitation or a reminder (their account's address and name). */
    async mailboxes(
      userIds: readonly string[],
    ): Promise<Map<string, { email: string; displayName: string }>> {
      const users = await repo.findUsers([...new Set(userIds)]);
      return new Map(
        users.filter((u) => !u.disabledAt).map((u) => [u.id, { email: u.email, displayName: u.displayName }]),
      );
    },
  };
}
