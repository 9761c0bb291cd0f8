import type { Executor } from '../../../core/db/types.js';
import type { AttendanceMark } from '../domain/attendance.js';
import type { AttestationRule } from '../domain/attestation-rule.js';
import type { SessionEnrolmentStatus } from '../domain/waitlist.js';
import { refreshEnrolmentFigures, refreshMeetingFigures, refreshSeriesFigures } from './figures-summary.js';
import type { SessionSeriesTable, SessionTypesTable } from './tables.js';
import './tables.js';

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export interface SeriesRecord {
  id: string;
  organizationId: string;
  sessionTypeId: string;
  programId: string | null;
  title: string;
  capacity: number | null;
  openness: SessionSeriesTable['openness'];
  consortiumId: string | null;
  attestationRule: AttestationRule | null;
  status: SessionSeriesTable['status'];
}

/**
 * All SQL of collective sessions. Each write that changes the session figures refreshes their summary
 * rows (adapters/figures-summary.ts) in the same transaction.
 */
export function sessionsRepository(db: Executor) {
  return {
    async insertType(
      row: Omit<SessionTypesTable, 'created_at' | 'attestation_rule'> & { attestation_rule: object | null },
      now: Date,
    ) {
      await db
        .insertInto('session_types')
        .values({
          ...row,
          attestation_rule: row.attestation_rule === null ? null : JSON.stringify(row.attestation_rule),
          created_at: now,
        })
        .execute();
    },

    async typeCodeTaken(organizationId: string, code: string): Promise<boolean> {
      const row = await db
        .selectFrom('session_types')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('code', '=', code)
        .executeTakeFirst();
      return row !== undefined;
    },

    findType(id: string) {
      return db
        .selectFrom('session_types')
        .select([
          'id',
          'organization_id as organizationId',
          'kind',
          'duration_minutes as durationMinutes',
          'capacity',
          'language',
          'mode',
          'audience',
          'attestation_rule as attestationRule',
          'active',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertSeries(
      row: Omit<SessionSeriesTable, 'created_at' | 'attestation_rule'> & { attestation_rule: object | null },
      now: Date,
    ) {
      await db
        .insertInto('session_series')
        .values({
          ...row,
          attestation_rule: row.attestation_rule === null ? null : JSON.stringify(row.attestation_rule),
          created_at: now,
        })
        .execute();
      await refreshSeriesFigures(db, [row.id]);
    },

    /** With `forUpdate`, seat counting for this series happens one request at a time. */
    async findSeries(id: string, forUpdate = false): Promise<SeriesRecord | undefined> {
      let query = db
        .selectFrom('session_series')
        .select([
          'id',
          'organization_id as organizationId',
          'session_type_id as sessionTypeId',
          'program_id as programId',
          'title',
          'capacity',
          'openness',
          'consortium_id as consortiumId',
          'attestation_rule as attestationRule',
          'status',
        ])
        .where('id', '=', id);
      if (forUpdate) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row
        ? { ...row, attestationRule: parseJson<AttestationRule | null>(row.attestationRule) }
        : undefined;
    },

    seriesPractical(id: string) {
      return db
        .selectFrom('session_series')
        .select([
          'place',
          'meeting_link as meetingLink',
          'presenter',
          'language',
          'mode',
          'employer_id as employerId',
          'employer_site_id as employerSiteId',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertMeetings(
      rows: {
        id: string;
        seriesId: string;
        organizationId: string;
        number: number;
        startsAt: Date;
        durationMinutes: number;
      }[],
    ) {
      await db
        .insertInto('session_meetings')
        .values(
          rows.map((m) => ({
            id: m.id,
            series_id: m.seriesId,
            organization_id: m.organizationId,
            number: m.number,
            starts_at: m.startsAt,
            duration_minutes: m.durationMinutes,
            status: 'scheduled' as const,
            first_planned_at: m.startsAt,
            cancel_reason: null,
          })),
        )
        .execute();
      await refreshMeetingFigures(
        db,
        rows.map((m) => m.id),
      );
    },

    findMeeting(id: string) {
      return db
        .selectFrom('session_meetings')
        .select([
          'id',
          'series_id as seriesId',
          'organization_id as organizationId',
          'number',
          'starts_at as startsAt',
          'duration_minutes as durationMinutes',
          'status',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    meetingsOf(seriesId: string) {
      return db
        .selectFrom('session_meetings')
        .select([
          'id',
          'number',
          'starts_at as startsAt',
          'duration_minutes as durationMinutes',
          'status',
          'first_planned_at as firstPlannedAt',
          'cancel_reason as cancelReason',
        ])
        .where('series_id', '=', seriesId)
        .orderBy('number')
        .execute();
    },

    async setMeeting(
      id: string,
      values: {
        status?: 'scheduled' | 'held' | 'cancelled';
        startsAt?: Date;
        durationMinutes?: number;
        cancelReason?: string | null;
      },
    ) {
      await db
        .updateTable('session_meetings')
        .set({
          ...(values.status ? { status: values.status } : {}),
          ...(values.startsAt ? { starts_at: values.startsAt } : {}),
          ...(values.durationMinutes ? { duration_minutes: values.durationMinutes } : {}),
          ...(values.cancelReason !== undefined ? { cancel_reason: values.cancelReason } : {}),
        })
        .where('id', '=', id)
        .execute();
      await refreshMeetingFigures(db, [id]);
    },

    /**
     * Records that a meeting was held without refreshing its figures: for a roll call only, whose marks
     * (`upsertMarks`, at least one) refresh this meeting's figures next, in the same transaction.
     */
    async markHeldBeforeMarks(id: string) {
      await db.updateTable('session_meetings').set({ status: 'held' }).where('id', '=', id).execute();
    },

    enrolmentsOf(seriesId: string) {
      return db
        .selectFrom('session_enrolments')
        .select([
          'id',
          'participant_kind as participantKind',
          'person_id as personId',
          'user_id as userId',
          'participant_organization_id as participantOrganizationId',
          'status',
          'requested_at as requestedAt',
        ])
        .where('series_id', '=', seriesId)
        .orderBy('requested_at')
        .execute();
    },

    findEnrolment(id: string) {
      return db
        .selectFrom('session_enrolments')
        .select([
          'id',
          'series_id as seriesId',
          'organization_id as organizationId',
          'participant_kind as participantKind',
          'person_id as personId',
          'user_id as userId',
          'participant_organization_id as participantOrganizationId',
          'status',
        ])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async insertEnrolment(row: {
      id: string;
      seriesId: string;
      organizationId: string;
      personId: string | null;
      userId: string | null;
      participantOrganizationId: string;
      status: SessionEnrolmentStatus;
      enrolledBy: string;
      now: Date;
    }) {
      await db
        .insertInto('session_enrolments')
        .values({
          id: row.id,
          series_id: row.seriesId,
          organization_id: row.organizationId,
          participant_kind: row.personId ? 'person' : 'staff',
          person_id: row.personId,
          user_id: row.userId,
          participant_organization_id: row.participantOrganizationId,
          status: row.status,
          requested_at: row.now,
          status_changed_at: row.now,
          enrolled_by: row.enrolledBy,
        })
        .execute();
      await refreshSeriesFigures(db, [row.seriesId]);
    },

    async setEnrolmentStatus(ids: readonly string[], status: SessionEnrolmentStatus, now: Date) {
      if (ids.length === 0) return;
      await db
        .updateTable('session_enrolments')
        .set({ status, status_changed_at: now })
        .where('id', 'in', ids)
        .execute();
      await refreshEnrolmentFigures(db, ids);
    },

    /** One row per participant and meeting: a second roll call corrects the mark, never adds one. */
    async upsertMarks(
      meetingId: string,
      organizationId: string,
      marks: readonly { enrolmentId: string; mark: AttendanceMark; minutesMissed: number; live: boolean }[],
      recordedBy: string,
      now: Date,
    ) {
      await db
        .insertInto('session_attendance')
        .values(
          marks.map((m) => ({
            meeting_id: meetingId,
            enrolment_id: m.enrolmentId,
            organization_id: organizationId,
            mark: m.mark,
            minutes_missed: m.minutesMissed,
            live: m.live,
            recorded_by: recordedBy,
            recorded_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['meeting_id', 'enrolment_id', 'organization_id']).doUpdateSet((eb) => ({
            mark: eb.ref('excluded.mark'),
            minutes_missed: eb.ref('excluded.minutes_missed'),
            live: eb.ref('excluded.live'),
            recorded_by: eb.ref('excluded.recorded_by'),
            recorded_at: eb.ref('excluded.recorded_at'),
          })),
        )
        .execute();
      await refreshMeetingFigures(
        db,
        [meetingId],
        marks.map((m) => m.enrolmentId),
      );
    },

    marksOfMeeting(meetingId: string) {
      return db
        .selectFrom('session_attendance')
        .select(['enrolment_id as enrolmentId', 'mark', 'minutes_missed as minutesMissed', 'live'])
        .where('meeting_id', '=', meetingId)
        .execute();
    },

    marksOfEnrolment(enrolmentId: string) {
      return db
        .selectFrom('session_attendance')
        .select(['meeting_id as meetingId', 'mark', 'minutes_missed as minutesMissed', 'live'])
        .where('enrolment_id', '=', enrolmentId)
        .execute();
    },
  };
}

/** Attestations: one in force per enrolment; a correction supersedes it and issues a new code. */
export function attestationsRepository(db: Executor) {
  return {
    async supersede(enrolmentId: string, now: Date) {
      await db
        .updateTable('session_attestations')
        .set({ superseded_at: now })
        .where('enrolment_id', '=', enrolmentId)
        .where('superseded_at', 'is', null)
        .execute();
    },
    async insert(row: {
      id: string;
      enrolmentId: string;
      organizationId: string;
      code: string;
      issuedOn: string;
      attendedMinutes: number;
      scheduledMinutes: number;
      now: Date;
    }) {
      await db
        .insertInto('session_attestations')
        .values({
          id: row.id,
          enrolment_id: row.enrolmentId,
          organization_id: row.organizationId,
          verification_code: row.code,
          issued_on: row.issuedOn,
          attended_minutes: row.attendedMinutes,
          scheduled_minutes: row.scheduledMinutes,
          superseded_at: null,
          created_at: row.now,
        })
        .execute();
    },
  };
}
