import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from '../../people/api.js';
import './tables.js';

/**
 * The earliest day each of these people signed a career plan still on file (a plan re-signed after
 * a revision keeps its latest signature day, so a person's first plan counts from its own).
 */
export function firstPlanSignatures(
  db: Executor,
  personIds: PersonIdQuery,
): Promise<{ personId: string; signedOn: string }[]> {
  return db
    .selectFrom('plans')
    .where('person_id', 'in', personIds)
    .where('signed_on', 'is not', null)
    .select(['person_id as personId', sql<string>`min(signed_on)`.as('signedOn')])
    .groupBy('person_id')
    .execute();
}
