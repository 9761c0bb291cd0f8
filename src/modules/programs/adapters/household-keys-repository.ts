import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/**
 * Which household an enrolment counts in (`household_key`). Only OPEN enrolments follow a person into
 * or out of a household: a closed enrolment keeps the key it had, so a past count never changes.
 */
export function householdKeysRepository(db: Executor) {
  return {
    /** Sets the key of these people's open enrolments in the organization; returns how many moved. */
    async rekeyOpenEnrolments(
      organizationId: string,
      personIds: readonly string[],
      householdKey: string,
    ): Promise<number> {
      if (personIds.length === 0) return 0;
      const result = await db
        .updateTable('enrolments')
        .set({ household_key: householdKey })
        .where('organization_id', '=', organizationId)
        .where('person_id', 'in', personIds)
        .where('status', '=', 'enrolled')
        .where((eb) => eb.or([eb('household_key', 'is', null), eb('household_key', '!=', householdKey)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}
