/**
 * The facts funder reports and outcome figures read of people: never a name, never the sealed status
 * (`api.ts` re-exports these).
 */

import { sql } from 'kysely';
import type { Executor } from '../../core/db/types.js';
import type { PersonIdQuery } from './adapters/caseload-repository.js';

export { type OutcomeFactsRow, outcomeFactsOf } from './adapters/outcome-facts-repository.js';
export { qualificationEvidenceOf } from './adapters/qualification-evidence-repository.js';
export { type ReportFactsRow, reportFactsOf } from './adapters/report-facts-repository.js';

/**
 * What funder reports counted by the database break down by, as a query to embed: each person's `id`,
 * `sex`, `birth_year` and `nationality` (blank as null, as `outcomeFactsOf` and `reportFactsOf` read
 * them). Never a name, never the sealed status.
 */
export function reportBreakdownFactsQuery(db: Executor, personIds: PersonIdQuery) {
  return db
    .selectFrom('people')
    .where('id', 'in', personIds)
    .select([
      'id',
      'sex',
      sql<number | null>`extract(year from birth_date)::int`.as('birth_year'),
      sql<string | null>`nullif(btrim(nationality), '')`.as('nationality'),
    ]);
}
