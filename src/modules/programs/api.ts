/** What other modules may ask of programs. They never read its tables. */
import type { Executor } from '../../core/db/types.js';
import { programsRepository } from './adapters/programs-repository.js';

/**
 * A query fragment selecting `person_id` of the organization's enrolments, to embed as
 * `where('people.id', 'in', enrolledPersonIds(...))`: one SQL statement serves a caseload page.
 */
export function enrolledPersonIds(
  db: Executor,
  filter: { organizationId: string; programId?: string; status?: string },
) {
  return programsRepository(db).enrolledPersonIds(filter);
}

/** Enrolments of these people in the organization, newest first, with the program's names. */
export function enrolmentsOfPeople(db: Executor, organizationId: string, personIds: readonly string[]) {
  return programsRepository(db).enrolmentsOfPeople(organizationId, personIds);
}
