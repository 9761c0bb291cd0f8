import type { Executor } from '../../../core/db/types.js';
import { cohortEnrolments } from './cohort-query.js';
import './tables.js';

/** The enrolment facts the outcomes module needs to record an exit and compute a program's measures. */
export function exitEnrolmentsRepository(db: Executor) {
  return {
    /** One enrolment with its program's names, locked until the exit commits. */
    async forExit(enrolmentId: string) {
      return db
        .selectFrom('enrolments as e')
        .innerJoin('programs as p', 'p.id', 'e.program_id')
        .select([
          'e.id',
          'e.organization_id as organizationId',
          'e.program_id as programId',
          'e.person_id as personId',
          'e.household_key as householdKey',
          'e.status',
          'e.enrolled_on as enrolledOn',
          'e.ended_on as endedOn',
          'p.name_fr as programNameFr',
          'p.name_en as programNameEn',
        ])
        .where('e.id', '=', enrolmentId)
        .forUpdate('e')
        .executeTakeFirst();
    },
    /** The person ids of the same enrolments as `cohort`, as a query to embed (no list of ids to bind). */
    personIdsOfCohort(programId: string, organizationIds: readonly string[], enteredBy: string) {
      return cohortEnrolments(db, programId, organizationIds, enteredBy).select('person_id');
    },
    /** A corrected exit moves the day the enrolment ended. */
    async moveEnd(enrolmentId: string, endedOn: string) {
      await db.updateTable('enrolments').set({ ended_on: endedOn }).where('id', '=', enrolmentId).execute();
    },
    /**
     * Enrolments of a program entered on or before `enteredBy`, of these organizations (all when
     * undefined); withdrawals excluded: they never started.
     */
    async cohort(programId: string, organizationIds: readonly string[] | undefined, enteredBy: string) {
      if (organizationIds?.length === 0) return [];
      let query = db
        .selectFrom('enrolments')
        .select([
          'id as enrolmentId',
          'person_id as personId',
          'organization_id as organizationId',
          'household_key as householdKey',
          'counting_key as countingKey',
          'enrolled_on as enrolledOn',
          'ended_on as endedOn',
          'status',
        ])
        .where('program_id', '=', programId)
        .where('status', '!=', 'withdrawn')
        .where('enrolled_on', '<=', enteredBy);
      if (organizationIds) query = query.where('organization_id', 'in', organizationIds);
      return query.execute();
    },
  };
}
