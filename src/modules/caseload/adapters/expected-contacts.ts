import type { Executor } from '../../../core/db/types.js';
import { enrolledWithExpectedContacts } from '../../programs/api.js';

/**
 * What the programs of these people expect (contacts a month, the highest when several apply), read
 * from the programs module's subquery in one statement; people whose programs expect nothing are absent.
 */
export async function expectedContactsOf(
  db: Executor,
  organizationId: string,
  personIds: readonly string[],
): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom(enrolledWithExpectedContacts(db, organizationId).as('expected'))
    .select(['expected.person_id as personId', 'expected.expected_contacts as expectedContacts'])
    .where('expected.person_id', 'in', [...personIds])
    .execute();
  return new Map(rows.map((r) => [r.personId, Number(r.expectedContacts)]));
}
