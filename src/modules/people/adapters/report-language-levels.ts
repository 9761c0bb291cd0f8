import type { Executor } from '../../../core/db/types.js';
import type { PersonIdQuery } from './caseload-repository.js';
import './tables.js';

/**
 * The language levels funder reports break figures down by, as a query to embed: each level recorded
 * on a scale for these people (`person_id`, `language`, `scale`, `level`, `test_date`), the rows
 * `reportFactsOf` reads for `languageLevels`.
 */
export function reportLanguageLevelsQuery(db: Executor, personIds: PersonIdQuery) {
  return db
    .selectFrom('person_languages')
    .select(['person_id', 'language', 'scale', 'level', 'test_date'])
    .where('person_id', 'in', personIds)
    .where('scale', 'is not', null)
    .where('level', 'is not', null);
}
