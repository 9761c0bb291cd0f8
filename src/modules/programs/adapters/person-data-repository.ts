import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The programs module's SQL for the person's rights: their enrolments, and their anonymization. */
export function programsPersonDataRepository(db: Executor) {
  return {
    async enrolments(organizationId: string, personId: string) {
      return db
        .selectFrom('enrolments as e')
        .innerJoin('programs as p', 'p.id', 'e.program_id')
        .select([
          'e.id',
          'e.program_id as programId',
          'p.code as programCode',
          'p.name_fr as programNameFr',
          'p.name_en as programNameEn',
          'e.status',
          'e.enrolled_on as enrolledOn',
          'e.ended_on as endedOn',
          'e.end_reason as endReason',
          'e.intake_source as intakeSource',
          'e.intake_note as intakeNote',
          'e.eligibility_verdict as eligibilityVerdict',
          'e.override_justification as overrideJustification',
        ])
        .where('e.organization_id', '=', organizationId)
        .where('e.person_id', '=', personId)
        .orderBy('e.enrolled_on')
        .orderBy('e.id')
        .execute();
    },
    /** Free texts and the facts the eligibility was evaluated on go; programs, dates and statuses stay. */
    async anonymize(organizationId: string, personId: string): Promise<number> {
      const result = await db
        .updateTable('enrolments')
        .set({
          end_reason: null,
          intake_note: null,
          override_justification: null,
          eligibility_snapshot: sql`'{}'::jsonb`,
        })
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    /**
     * For each of these people: whether an enrolment is still open, and the day the last one ended
     * (null without any ended enrolment).
     */
    async enrolmentEnds(organizationId: string, personIds: readonly string[]) {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('enrolments')
        .select((eb) => [
          'person_id as personId',
          eb.fn.max('ended_on').as('lastEndedOn'),
          eb.fn.countAll<number>().filterWhere('status', '=', 'enrolled').as('open'),
        ])
        .where('organization_id', '=', organizationId)
        .where('person_id', 'in', personIds)
        .groupBy('person_id')
        .execute();
    },
  };
}
