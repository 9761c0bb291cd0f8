import type { Executor } from '../../../core/db/types.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { type AppointmentRecord, appointmentsRepository } from '../adapters/appointments-repository.js';

/** Appointments as the API shows them: participants with staff names, the site's name. */
export async function presentAppointments(
  db: Executor,
  organizationId: string,
  appointments: AppointmentRecord[],
) {
  const participants = await appointmentsRepository(db).participantsOf(appointments.map((a) => a.id));
  const [names, sites] = await Promise.all([
    accountsApi(db).displayNames(participants.flatMap((p) => (p.kind === 'staff' ? [p.userId] : []))),
    appointments.some((a) => a.siteId) ? organizationsApi(db).listSites(organizationId) : Promise.resolve([]),
  ]);
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  return appointments.map((a) => ({
    id: a.id,
    personId: a.personId,
    programId: a.programId,
    mode: a.mode,
    siteId: a.siteId,
    siteName: a.siteId ? (siteName.get(a.siteId) ?? null) : null,
    place: a.place,
    meetingLink: a.meetingLink,
    startsAt: a.startsAt.toISOString(),
    durationMinutes: a.durationMinutes,
    status: a.status,
    cancelReason: a.cancelReason,
    outcomeNote: a.outcomeNote,
    participants: participants
      .filter((p) => p.appointmentId === a.id)
      .map((p) =>
        p.kind === 'staff'
          ? { kind: 'staff' as const, userId: p.userId, displayName: names.get(p.userId) ?? '' }
          : { kind: 'partner' as const, name: p.name, organization: p.organization, email: p.email },
      ),
  }));
}
