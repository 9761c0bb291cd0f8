import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** The sessions module's SQL for the person's rights: their sessions, marks, attestations and sign-up requests. */
export function sessionsPersonDataRepository(db: Executor) {
  return {
    async sessions(organizationId: string, personId: string) {
      const enrolments = await db
        .selectFrom('session_enrolments as e')
        .innerJoin('session_series as s', 's.id', 'e.series_id')
        .select([
          'e.id',
          'e.series_id as seriesId',
          's.title as seriesTitle',
          's.organization_id as seriesOrganizationId',
          'e.status',
          'e.requested_at as requestedAt',
          'e.status_changed_at as statusChangedAt',
        ])
        .where('e.participant_organization_id', '=', organizationId)
        .where('e.person_id', '=', personId)
        .orderBy('e.requested_at')
        .execute();
      const ids = enrolments.map((e) => e.id);
      const [attendance, attestations] =
        ids.length === 0
          ? [[], []]
          : await Promise.all([
              db
                .selectFrom('session_attendance as a')
                .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
                .select([
                  'a.enrolment_id as enrolmentId',
                  'm.starts_at as startsAt',
                  'm.duration_minutes as durationMinutes',
                  'a.mark',
                  'a.minutes_missed as minutesMissed',
                ])
                .where('a.enrolment_id', 'in', ids)
                .orderBy('m.starts_at')
                .execute(),
              db
                .selectFrom('session_attestations')
                .select([
                  'enrolment_id as enrolmentId',
                  'verification_code as verificationCode',
                  'issued_on as issuedOn',
                  'attended_minutes as attendedMinutes',
                  'scheduled_minutes as scheduledMinutes',
                  'superseded_at as supersededAt',
                ])
                .where('enrolment_id', 'in', ids)
                .orderBy('created_at')
                .execute(),
            ]);
      const signupRequests = await db
        .selectFrom('session_signup_requests')
        .select([
          'id',
          'series_id as seriesId',
          'given_name as givenName',
          'family_name as familyName',
          'email',
          'phone',
          'preferred_language as preferredLanguage',
          'consent_text_version as consentTextVersion',
          'consent_given_at as consentGivenAt',
          'status',
          'created_at as createdAt',
        ])
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute();
      return { enrolments, attendance, attestations, signupRequests };
    },
    /** Sign-up requests keep their series, dates and status (counts) without name, e-mail or phone. */
    async anonymizeSignupRequests(
      filter: { organizationId: string } & ({ personId: string } | { notAcceptedBefore: Date }),
      pseudonym: (requestId: string) => string,
    ): Promise<number> {
      const rows = await db
        .selectFrom('session_signup_requests')
        .select('id')
        .where('organization_id', '=', filter.organizationId)
        .$if('personId' in filter, (q) =>
          q.where('person_id', '=', (filter as { personId: string }).personId),
        )
        .$if('notAcceptedBefore' in filter, (q) =>
          q
            .where('status', '<>', 'accepted')
            .where('created_at', '<', (filter as { notAcceptedBefore: Date }).notAcceptedBefore),
        )
        .where('email', 'not like', '%@anonymized.invalid')
        .orderBy('id')
        .execute();
      for (const row of rows)
        await db
          .updateTable('session_signup_requests')
          .set({
            given_name: pseudonym(row.id).split(' ')[0]!,
            family_name: pseudonym(row.id).split(' ').slice(1).join(' ') || pseudonym(row.id),
            email: `${row.id}@anonymized.invalid`,
            phone: null,
          })
          .where('id', '=', row.id)
          .execute();
      return rows.length;
    },
  };
}
