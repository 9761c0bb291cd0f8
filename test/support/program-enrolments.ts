import type { Db } from '../../src/core/db/types.js';
import { uuidv7 } from '../../src/core/ids.js';

/**
 * Replaces a program's enrolments with these, written straight into the table (property tests of the
 * counts draw hundreds of scenes; each is an ended enrolment, whose dates alone are counted).
 */
export async function replaceProgramEnrolments(
  db: Db,
  programId: string,
  enrolments: readonly {
    organizationId: string;
    personId: string;
    householdKey: string | null;
    enrolledOn: string;
  }[],
): Promise<void> {
  await db.deleteFrom('enrolments').where('program_id', '=', programId).execute();
  if (enrolments.length === 0) return;
  await db
    .insertInto('enrolments')
    .values(
      enrolments.map((e) => ({
        id: uuidv7(),
        organization_id: e.organizationId,
        program_id: programId,
        person_id: e.personId,
        household_key: e.householdKey,
        status: 'exited' as const,
        enrolled_on: e.enrolledOn,
        intake_source: 'walk_in',
        eligibility_verdict: 'eligible',
        eligibility_snapshot: JSON.stringify({}),
        created_at: new Date(),
      })),
    )
    .execute();
}
