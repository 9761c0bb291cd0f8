import type { Executor } from '../../../core/db/types.js';
import { cohortEnrolments } from './cohort-query.js';

/** What reports read of each enrolment of a program's cohort beyond its dates: how the person came, when it ended. */
export function cohortReportFacts(
  db: Executor,
  programId: string,
  organizationIds: readonly string[],
  enteredBy: string,
): Promise<{ enrolmentId: string; intakeSource: string; endedOn: string | null }[]> {
  return cohortEnrolments(db, programId, organizationIds, enteredBy)
    .select(['id as enrolmentId', 'intake_source as intakeSource', 'ended_on as endedOn'])
    .execute();
}
