import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

/** Lists and figures: what the screens read, kept apart from the writes. */
export function sessionsReadRepository(db: Executor) {
  return {
    typesOf(organizationId: string) {
      return db
        .selectFrom('session_types')
        .select([
          'id',
          'code',
          'name_fr as nameFr',
          'name_en as nameEn',
          'kind',
          'audience',
          'language',
          'duration_minutes as durationMinutes',
          'capacity',
          'mode',
          'attestation_rule as attestationRule',
          'training_points as trainingPoints',
          'active',
        ])
        .where('organization_id', '=', organizationId)
        .orderBy('name_en')
        .execute();
    },

    /** Series open to the organization (its own, its consortia's, public ones), with seats and dates. */
    async seriesOpenTo(
      organizationId: string,
      consortiumIds: readonly string[],
      filter: { from?: string; audience?: 'beneficiaries' | 'staff'; page: number; pageSize: number },
      now: Date,
    ) {
      let query = db
        .selectFrom('session_series as s')
        .innerJoin('session_types as t', 't.id', 's.session_type_id')
        .where((eb) =>
          eb.or([
            eb('s.organization_id', '=', organizationId),
            eb('s.openness', '=', 'public'),
            ...(consortiumIds.length > 0
              ? [eb.and([eb('s.openness', '=', 'consortium'), eb('s.consortium_id', 'in', consortiumIds)])]
              : []),
          ]),
        );
      if (filter.audience) query = query.where('t.audience', '=', filter.audience);
      if (filter.from) {
        const from = filter.from;
        query = query.where(({ exists, selectFrom }) =>
          exists(
            selectFrom('session_meetings as m')
              .select('m.id')
              .whereRef('m.series_id', '=', 's.id')
              .where('m.starts_at', '>=', new Date(`${from}T00:00:00Z`)),
          ),
        );
      }
      const [rows, total] = await Promise.all([
        query
          .select([
            's.id',
            's.title',
            's.organization_id as organizationId',
            't.kind',
            't.audience',
            's.mode',
            's.language',
            's.openness',
            's.status',
            's.capacity',
            's.attestation_rule as attestationRule',
            sql<number>`(SELECT count(*) FROM session_enrolments e WHERE e.series_id = s.id AND e.status = 'enrolled')::int`.as(
              'enrolled',
            ),
            sql<number>`(SELECT count(*) FROM session_enrolments e WHERE e.series_id = s.id AND e.status = 'waitlisted')::int`.as(
              'waitlisted',
            ),
            sql<Date | null>`(SELECT min(starts_at) FROM session_meetings m WHERE m.series_id = s.id)`.as(
              'firstMeetingAt',
            ),
            sql<Date | null>`(SELECT max(starts_at) FROM session_meetings m WHERE m.series_id = s.id)`.as(
              'lastMeetingAt',
            ),
            sql<number>`(SELECT count(*) FROM session_meetings m WHERE m.series_id = s.id)::int`.as(
              'meetings',
            ),
          ])
          // Next first: sessions with a meeting to come, by that meeting; then those that are over, the
          // latest first; sessions without any meeting last.
          .orderBy(
            sql`(SELECT min(starts_at) FROM session_meetings m WHERE m.series_id = s.id AND m.starts_at >= ${now}) ASC NULLS LAST`,
          )
          .orderBy(
            sql`(SELECT max(starts_at) FROM session_meetings m WHERE m.series_id = s.id) DESC NULLS LAST`,
          )
          .orderBy('s.title')
          .orderBy('s.id')
          .limit(filter.pageSize)
          .offset((filter.page - 1) * filter.pageSize)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(total.n) };
    },

    marksPerMeeting(seriesId: string) {
      return db
        .selectFrom('session_attendance as a')
        .innerJoin('session_meetings as m', 'm.id', 'a.meeting_id')
        .select(['a.meeting_id as meetingId', sql<number>`count(*)::int`.as('marked')])
        .where('m.series_id', '=', seriesId)
        .groupBy('a.meeting_id')
        .execute();
    },

    currentAttestation(enrolmentId: string) {
      return db
        .selectFrom('session_attestations')
        .select([
          'id',
          'verification_code as code',
          'issued_on as issuedOn',
          'attended_minutes as attendedMinutes',
          'scheduled_minutes as scheduledMinutes',
        ])
        .where('enrolment_id', '=', enrolmentId)
        .where('superseded_at', 'is', null)
        .executeTakeFirst();
    },

    attestationByCode(code: string) {
      return db
        .selectFrom('session_attestations as a')
        .innerJoin('session_enrolments as e', 'e.id', 'a.enrolment_id')
        .innerJoin('session_series as s', 's.id', 'e.series_id')
        .select([
          'a.id',
          'a.enrolment_id as enrolmentId',
          'a.issued_on as issuedOn',
          'a.attended_minutes as attendedMinutes',
          'a.scheduled_minutes as scheduledMinutes',
          'a.superseded_at as supersededAt',
          'e.person_id as personId',
          'e.user_id as userId',
          'e.participant_organization_id as participantOrganizationId',
          's.title as sessionTitle',
          's.organization_id as organizationId',
        ])
        .where('a.verification_code', '=', code)
        .executeTakeFirst();
    },

    /** The person's enrolments in sessions held at an employer (job visits), first meeting first. */
    jobVisitsOfPerson(participantOrganizationId: string, personId: string) {
      return db
        .selectFrom('session_enrolments as e')
        .innerJoin('session_series as s', 's.id', 'e.series_id')
        .select([
          'e.id as enrolmentId',
          's.id as seriesId',
          's.organization_id as organizationId',
          's.title',
          's.status as seriesStatus',
          'e.status',
          's.employer_id as employerId',
          's.employer_site_id as employerSiteId',
          sql<Date | null>`(SELECT min(starts_at) FROM session_meetings m WHERE m.series_id = s.id)`.as(
            'firstMeetingAt',
          ),
        ])
        .where('e.participant_organization_id', '=', participantOrganizationId)
        .where('e.person_id', '=', personId)
        .where('s.employer_id', 'is not', null)
        .orderBy('firstMeetingAt', 'desc')
        .orderBy('e.id')
        .execute();
    },

    enrolmentsOfPerson(participantOrganizationId: string, personId: string) {
      return db
        .selectFrom('session_enrolments as e')
        .innerJoin('session_series as s', 's.id', 'e.series_id')
        .select([
          'e.id as enrolmentId',
          's.id as seriesId',
          's.title',
          'e.status',
          sql<Date | null>`(SELECT min(starts_at) FROM session_meetings m WHERE m.series_id = s.id)`.as(
            'firstMeetingAt',
          ),
          sql<
            string | null
          >`(SELECT verification_code FROM session_attestations a WHERE a.enrolment_id = e.id AND a.superseded_at IS NULL)`.as(
            'attestationCode',
          ),
        ])
        .where('e.participant_organization_id', '=', participantOrganizationId)
        .where('e.person_id', '=', personId)
        .orderBy('e.requested_at', 'desc')
        .execute();
    },
  };
}

/** Seated participants of meetings starting in [from, to): who gets tomorrow's reminder. */
export function upcomingMeetingsBetween(db: Executor, from: Date, to: Date) {
  return db
    .selectFrom('session_meetings as m')
    .innerJoin('session_enrolments as e', 'e.series_id', 'm.series_id')
    .innerJoin('session_series as s', 's.id', 'm.series_id')
    .select([
      'm.id as meetingId',
      'e.id as enrolmentId',
      'm.starts_at as startsAt',
      's.organization_id as organizationId',
    ])
    .where('m.status', '=', 'scheduled')
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to)
    .where('e.status', '=', 'enrolled')
    .execute();
}
