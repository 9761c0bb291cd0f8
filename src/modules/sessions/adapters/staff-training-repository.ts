import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** A staff member's trainings and their organization's certification. */
export function staffTrainingRepository(db: Executor) {
  return {
    certificationOf(organizationId: string) {
      return db
        .selectFrom('staff_certifications')
        .select([
          'name_fr as nameFr',
          'name_en as nameEn',
          'required_points as requiredPoints',
          'required_minutes as requiredMinutes',
          'period_months as periodMonths',
          'updated_at as updatedAt',
        ])
        .where('organization_id', '=', organizationId)
        .executeTakeFirst();
    },

    async saveCertification(row: {
      organizationId: string;
      nameFr: string;
      nameEn: string;
      requiredPoints: number | null;
      requiredMinutes: number | null;
      periodMonths: number;
      updatedBy: string | null;
      now: Date;
    }) {
      const values = {
        name_fr: row.nameFr,
        name_en: row.nameEn,
        required_points: row.requiredPoints,
        required_minutes: row.requiredMinutes,
        period_months: row.periodMonths,
        updated_by: row.updatedBy,
        updated_at: row.now,
      };
      await db
        .insertInto('staff_certifications')
        .values({ organization_id: row.organizationId, ...values })
        .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
        .execute();
    },

    /** The trainings a staff member was enrolled in by their organization, with each type's points. */
    trainingsOf(userId: string, participantOrganizationId: string) {
      return db
        .selectFrom('session_enrolments as e')
        .innerJoin('session_series as s', 's.id', 'e.series_id')
        .innerJoin('session_types as t', 't.id', 's.session_type_id')
        .leftJoin('session_attestations as a', (join) =>
          join.onRef('a.enrolment_id', '=', 'e.id').on('a.superseded_at', 'is', null),
        )
        .select([
          'e.id as enrolmentId',
          'e.status',
          's.id as seriesId',
          's.title',
          's.organization_id as organizerId',
          's.attestation_rule as attestationRule',
          't.training_points as trainingPoints',
          'a.verification_code as attestationCode',
          'a.issued_on as attestationIssuedOn',
        ])
        .where('e.user_id', '=', userId)
        .where('e.participant_kind', '=', 'staff')
        .where('e.participant_organization_id', '=', participantOrganizationId)
        .execute();
    },
  };
}
