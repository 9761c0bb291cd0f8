import { sql } from 'kysely';
import type { Executor } from '../../../core/db/types.js';
import './tables.js';

export interface SignupRequestRecord {
  id: string;
  organizationId: string;
  seriesId: string;
  givenName: string;
  familyName: string;
  email: string;
  phone: string | null;
  preferredLanguage: 'fr' | 'en' | 'ar';
  status: 'pending' | 'accepted' | 'declined';
  consentGivenAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  personId: string | null;
  enrolmentId: string | null;
  createdAt: Date;
}

const requestColumns = [
  'id',
  'organization_id as organizationId',
  'series_id as seriesId',
  'given_name as givenName',
  'family_name as familyName',
  'email',
  'phone',
  'preferred_language as preferredLanguage',
  'status',
  'consent_given_at as consentGivenAt',
  'decided_by as decidedBy',
  'decided_at as decidedAt',
  'person_id as personId',
  'enrolment_id as enrolmentId',
  'created_at as createdAt',
] as const;

export function signupRepository(db: Executor) {
  return {
    /** Series open to the public whose type is an information session, with a meeting still to come. */
    async publicInfoSeries(now: Date) {
      return (
        db
          .selectFrom('session_series as s')
          .innerJoin('session_types as t', 't.id', 's.session_type_id')
          .select([
            's.id',
            's.organization_id as organizationId',
            's.title',
            's.presenter',
            's.language',
            's.mode',
            's.capacity',
          ])
          .where('s.openness', '=', 'public')
          .where('s.status', '=', 'planned')
          .where('t.kind', '=', 'info_session')
          .where('t.audience', '=', 'beneficiaries')
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('session_meetings as m')
                .select('m.id')
                .whereRef('m.series_id', '=', 's.id')
                .where('m.status', '=', 'scheduled')
                .where('m.starts_at', '>', now),
            ),
          )
          // The next session first (a title sorts 10 December before 3 December).
          .orderBy(
            sql`(SELECT min(m.starts_at) FROM session_meetings m WHERE m.series_id = s.id AND m.status = 'scheduled' AND m.starts_at > ${now})`,
          )
          .orderBy('s.title')
          .execute()
      );
    },

    async upcomingMeetings(seriesIds: readonly string[], now: Date) {
      if (seriesIds.length === 0) return [];
      return db
        .selectFrom('session_meetings')
        .select(['series_id as seriesId', 'starts_at as startsAt', 'duration_minutes as durationMinutes'])
        .where('series_id', 'in', seriesIds)
        .where('status', '=', 'scheduled')
        .where('starts_at', '>', now)
        .orderBy('starts_at')
        .execute();
    },

    async seatedCounts(seriesIds: readonly string[]): Promise<Map<string, number>> {
      if (seriesIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('session_enrolments')
        .select(['series_id as seriesId', (eb) => eb.fn.countAll<string>().as('seated')])
        .where('series_id', 'in', seriesIds)
        .where('status', '=', 'enrolled')
        .groupBy('series_id')
        .execute();
      return new Map(rows.map((r) => [r.seriesId, Number(r.seated)]));
    },

    async waitingSeries(seriesIds: readonly string[]): Promise<Set<string>> {
      if (seriesIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('session_enrolments')
        .select('series_id as seriesId')
        .distinct()
        .where('series_id', 'in', seriesIds)
        .where('status', '=', 'waitlisted')
        .execute();
      return new Set(rows.map((r) => r.seriesId));
    },

    findPending(seriesId: string, email: string) {
      return db
        .selectFrom('session_signup_requests')
        .select(requestColumns)
        .where('series_id', '=', seriesId)
        .where('email', '=', email)
        .where('status', '=', 'pending')
        .executeTakeFirst();
    },

    /** True when the row was written; false when a pending request for the same e-mail already existed. */
    async insertPending(row: {
      id: string;
      organizationId: string;
      seriesId: string;
      givenName: string;
      familyName: string;
      email: string;
      phone: string | null;
      preferredLanguage: 'fr' | 'en' | 'ar';
      consentTextVersion: string;
      now: Date;
    }): Promise<boolean> {
      const inserted = await db
        .insertInto('session_signup_requests')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          series_id: row.seriesId,
          given_name: row.givenName,
          family_name: row.familyName,
          email: row.email,
          phone: row.phone,
          preferred_language: row.preferredLanguage,
          consent_text_version: row.consentTextVersion,
          consent_given_at: row.now,
          status: 'pending',
          created_at: row.now,
        })
        .onConflict((oc) =>
          oc.columns(['series_id', 'email', 'organization_id']).where('status', '=', 'pending').doNothing(),
        )
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async findRequest(id: string, forUpdate = false): Promise<SignupRequestRecord | undefined> {
      let query = db.selectFrom('session_signup_requests').select(requestColumns).where('id', '=', id);
      if (forUpdate) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    pendingOfSeries(seriesId: string, organizationId: string): Promise<SignupRequestRecord[]> {
      return db
        .selectFrom('session_signup_requests')
        .select(requestColumns)
        .where('series_id', '=', seriesId)
        .where('organization_id', '=', organizationId)
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async decide(
      id: string,
      decision: {
        status: 'accepted' | 'declined';
        decidedBy: string;
        now: Date;
        personId?: string;
        enrolmentId?: string;
      },
    ) {
      await db
        .updateTable('session_signup_requests')
        .set({
          status: decision.status,
          decided_by: decision.decidedBy,
          decided_at: decision.now,
          person_id: decision.personId ?? null,
          enrolment_id: decision.enrolmentId ?? null,
        })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .execute();
    },
  };
}
