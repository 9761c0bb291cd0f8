import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The occupations plans aim at, for matching (plans api `targetOccupationsOf`). */
export function targetOccupationsRepository(db: Executor) {
  return {
    targets(organizationId: string, personIds?: readonly string[]) {
      return db
        .selectFrom('plans')
        .select(['person_id as personId', 'esco_occupation_id as escoId'])
        .where('organization_id', '=', organizationId)
        .where('status', '!=', 'closed')
        .where('esco_occupation_id', 'is not', null)
        .$if(personIds !== undefined, (q) => q.where('person_id', 'in', personIds!))
        .orderBy('created_at')
        .execute();
    },
  };
}
