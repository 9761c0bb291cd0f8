import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The expected intensity of accompaniment (contacts a month) and the enrolments it applies to. */
export function programIntensityRepository(db: Executor) {
  return {
    async expectedContacts(programIds: readonly string[]): Promise<Map<string, number | null>> {
      if (programIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('programs')
        .select(['id', 'expected_contacts_per_month as expected'])
        .where('id', 'in', [...new Set(programIds)])
        .execute();
      return new Map(rows.map((r) => [r.id, r.expected]));
    },
    /**
     * One row per person of the organization enrolled (status enrolled) in a program that sets an
     * expected intensity, with the highest one when several apply: `person_id`, `expected_contacts`.
     */
    enrolledWithExpectedContacts(organizationId: string) {
      return db
        .selectFrom('enrolments')
        .innerJoin('programs', 'programs.id', 'enrolments.program_id')
        .select(['enrolments.person_id as person_id'])
        .select((eb) => eb.fn.max<number>('programs.expected_contacts_per_month').as('expected_contacts'))
        .where('enrolments.organization_id', '=', organizationId)
        .where('enrolments.status', '=', 'enrolled')
        .where('programs.expected_contacts_per_month', 'is not', null)
        .groupBy('enrolments.person_id');
    },
    /** Enrolments of the program that overlap the period, of these organizations (all when undefined). */
    async enrolmentSpans(
      programId: string,
      organizationIds: readonly string[] | undefined,
      from: string,
      to: string,
    ) {
      if (organizationIds?.length === 0) return [];
      return db
        .selectFrom('enrolments')
        .select([
          'organization_id as organizationId',
          'person_id as personId',
          'enrolled_on as enrolledOn',
          'ended_on as endedOn',
        ])
        .where('program_id', '=', programId)
        .where('status', '!=', 'withdrawn')
        .where('enrolled_on', '<=', to)
        .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', from)]))
        .$if(organizationIds !== undefined, (q) => q.where('organization_id', 'in', organizationIds!))
        .execute();
    },
  };
}
