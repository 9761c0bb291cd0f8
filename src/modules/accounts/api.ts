/** What other modules may ask of accounts. */
import type { Executor } from '../../core/db/types.js';
import { accountsRepository } from './adapters/accounts-repository.js';

export function accountsApi(db: Executor) {
  const repo = accountsRepository(db);
  return {
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
