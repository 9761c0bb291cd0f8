import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * The enrolments of a program's cohort, before any column is chosen: entered on or before `enteredBy`,
 * withdrawals left out, of these organizations.
 */
export function cohortEnrolments(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
) {
  return (
    db
      .selectFrom('enrolments')
      .where('program_id', '=', programId)
      .where('status', '!=', 'withdrawn')
      .where('enrolled_on', '<=', enteredBy)
      // No organization: a list that matches nothing (an empty IN is not SQL).
      .where(
        'organization_id',
        'in',
        organizationIds.length > 0 ? organizationIds : ['00000000-0000-0000-0000-000000000000'],
      )
  );
}

/**
 * The enrolments of `programCohort` as a query to embed (a program's outcome figures counted by the
 * database). Never a list of enrolment ids: a large program would bind more parameters than a
 * statement takes.
 */
export function cohortQuery(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
) {
  return cohortEnrolments(db, programId, organizationIds, enteredBy).select([
    'id',
    'person_id',
    'organization_id',
    'household_key',
    'counting_key',
    'enrolled_on',
  ]);
}
