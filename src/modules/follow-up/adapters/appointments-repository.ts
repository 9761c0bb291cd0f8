import type { Executor } from '../../../core/db/types.js';
import type { AppointmentMode, AppointmentStatus } from '../domain/appointment-status.js';
import './tables.js';

export interface AppointmentRecord {
  id: string;
  organizationId: string;
  personId: string;
  programId: string | null;
  mode: AppointmentMode;
  siteId: string | null;
  place: string | null;
  meetingLink: string | null;
  startsAt: Date;
  durationMinutes: number;
  status: AppointmentStatus;
  cancelReason: string | null;
  outcomeNote: string | null;
  sequence: number;
  createdBy: string | null;
  statusChangedAt: Date;
}

export type ParticipantRecord =
  | { appointmentId: string; kind: 'staff'; userId: string }
  | {
      appointmentId: string;
      kind: 'partner';
      name: string;
      organization: string | null;
      email: string | null;
    };

const appointmentColumns = [
  'id',
  'organization_id as organizationId',
  'person_id as personId',
  'program_id as programId',
  'mode',
  'site_id as siteId',
  'place',
  'meeting_link as meetingLink',
  'starts_at as startsAt',
  'duration_minutes as durationMinutes',
  'status',
  'cancel_reason as cancelReason',
  'outcome_note as outcomeNote',
  'sequence',
  'created_by as createdBy',
  'status_changed_at as statusChangedAt',
] as const;

export function appointmentsRepository(db: Executor) {
  return {
    async insert(
      row: Omit<
        AppointmentRecord,
        'status' | 'cancelReason' | 'outcomeNote' | 'sequence' | 'statusChangedAt'
      >,
      participants: ParticipantRecord[],
      now: Date,
      newId: () => string,
    ) {
      await db
        .insertInto('appointments')
        .values({
          id: row.id,
          organization_id: row.organizationId,
          person_id: row.personId,
          program_id: row.programId,
          mode: row.mode,
          site_id: row.siteId,
          place: row.place,
          meeting_link: row.meetingLink,
          starts_at: row.startsAt,
          duration_minutes: row.durationMinutes,
          status: 'scheduled',
          sequence: 0,
          created_by: row.createdBy,
          created_at: now,
          status_changed_at: now,
          status_changed_by: row.createdBy,
        })
        .execute();
      if (participants.length === 0) return;
      await db
        .insertInto('appointment_participants')
        .values(
          participants.map((p) => ({
            id: newId(),
            appointment_id: row.id,
            organization_id: row.organizationId,
            kind: p.kind,
            user_id: p.kind === 'staff' ? p.userId : null,
            partner_name: p.kind === 'partner' ? p.name : null,
            partner_organization: p.kind === 'partner' ? p.organization : null,
            partner_email: p.kind === 'partner' ? p.email : null,
          })),
        )
        .execute();
    },
    async find(id: string, lock = false): Promise<AppointmentRecord | undefined> {
      return db
        .selectFrom('appointments')
        .select(appointmentColumns)
        .where('id', '=', id)
        .$if(lock, (q) => q.forUpdate())
        .executeTakeFirst();
    },
    async participantsOf(appointmentIds: readonly string[]): Promise<ParticipantRecord[]> {
      if (appointmentIds.length === 0) return [];
      const rows = await db
        .selectFrom('appointment_participants')
        .select([
          'appointment_id as appointmentId',
          'kind',
          'user_id as userId',
          'partner_name as name',
          'partner_organization as organization',
          'partner_email as email',
        ])
        .where('appointment_id', 'in', [...new Set(appointmentIds)])
        .orderBy('kind', 'desc')
        .orderBy('id')
        .execute();
      return rows.map((r) =>
        r.kind === 'staff'
          ? { appointmentId: r.appointmentId, kind: 'staff', userId: r.userId! }
          : {
              appointmentId: r.appointmentId,
              kind: 'partner',
              name: r.name!,
              organization: r.organization,
              email: r.email,
            },
      );
    },
    async reschedule(id: string, startsAt: Date, durationMinutes: number) {
      await db
        .updateTable('appointments')
        .set((eb) => ({
          starts_at: startsAt,
          duration_minutes: durationMinutes,
          sequence: eb('sequence', '+', 1),
        }))
        .where('id', '=', id)
        .execute();
    },
    async setStatus(
      id: string,
      change: {
        status: AppointmentStatus;
        by: string | null;
        at: Date;
        cancelReason?: string | null;
        outcomeNote?: string | null;
      },
    ) {
      await db
        .updateTable('appointments')
        .set((eb) => ({
          status: change.status,
          status_changed_at: change.at,
          status_changed_by: change.by,
          ...(change.cancelReason !== undefined ? { cancel_reason: change.cancelReason } : {}),
          ...(change.outcomeNote !== undefined ? { outcome_note: change.outcomeNote } : {}),
          // Calendars replace their copy only when the sequence grows.
          ...(change.status === 'cancelled' ? { sequence: eb('sequence', '+', 1) } : {}),
        }))
        .where('id', '=', id)
        .execute();
    },
    /** The appointments of these files (a kept file and those merged into it), latest first across them. */
    async ofPeople(organizationId: string, personIds: readonly string[]): Promise<AppointmentRecord[]> {
      return db
        .selectFrom('appointments')
        .select(appointmentColumns)
        .where('organization_id', '=', organizationId)
        .where('person_id', 'in', [...personIds])
        .orderBy('starts_at', 'desc')
        .orderBy('id')
        .execute();
    },
    /**
     * Appointments of the organization where one of these staff members takes part and that overlap
     * [from, to): an appointment may start before `from` and still run into it (up to 12 hours).
     */
    async ofStaffBetween(
      organizationId: string,
      userIds: readonly string[],
      from: Date,
      to: Date,
    ): Promise<AppointmentRecord[]> {
      if (userIds.length === 0) return [];
      const longest = 12 * 60 * 60_000;
      return db
        .selectFrom('appointments')
        .select(appointmentColumns)
        .where('organization_id', '=', organizationId)
        .where('starts_at', '<', to)
        .where('starts_at', '>', new Date(from.getTime() - longest))
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('appointment_participants')
            .select('appointment_id')
            .where('organization_id', '=', organizationId)
            .where('user_id', 'in', [...userIds]),
        )
        .orderBy('starts_at')
        .orderBy('id')
        .execute()
        .then((rows) =>
          rows.filter((r) => r.startsAt.getTime() + r.durationMinutes * 60_000 > from.getTime()),
        );
    },
    /** Every organization's scheduled appointments starting in [from, to): the reminder sweep's work. */
    async scheduledBetween(from: Date, to: Date) {
      return db
        .selectFrom('appointments')
        .select(['id', 'starts_at as startsAt', 'organization_id as organizationId'])
        .where('status', '=', 'scheduled')
        .where('starts_at', '>=', from)
        .where('starts_at', '<', to)
        .orderBy('starts_at')
        .execute();
    },
  };
}
