import type { Actor } from '../../../core/auth/actor.js';
import type { Executor } from '../../../core/db/types.js';
import { organizationsApi } from '../../organizations/api.js';
import { type AppointmentRecord, appointmentsRepository } from '../adapters/appointments-repository.js';
import { type BookedSlot, conflictsWith } from '../domain/conflicts.js';
import { followUpErrors } from '../errors.js';

/** Staff participants must belong to the organization: outsiders take part as partners. */
export async function checkStaff(db: Executor, actor: Actor, userIds: readonly string[]) {
  const members = new Set(
    (await organizationsApi(db).staffOfOrganization(actor.organizationId)).map((m) => m.userId),
  );
  if (userIds.some((id) => !members.has(id))) throw followUpErrors.staffNotFound();
}

/** Appointments of the same staff that overlap the candidate: a warning for the one scheduling, not a refusal. */
export async function conflictsOf(
  db: Executor,
  organizationId: string,
  candidate: Pick<AppointmentRecord, 'id' | 'startsAt' | 'durationMinutes'>,
  staffUserIds: readonly string[],
) {
  const repo = appointmentsRepository(db);
  const end = new Date(candidate.startsAt.getTime() + candidate.durationMinutes * 60_000);
  const around = await repo.ofStaffBetween(organizationId, staffUserIds, candidate.startsAt, end);
  const participants = await repo.participantsOf(around.map((a) => a.id));
  const slot = (a: AppointmentRecord, staff: readonly string[]): BookedSlot => ({
    id: a.id,
    startsAt: a.startsAt.toISOString(),
    durationMinutes: a.durationMinutes,
    status: a.status,
    staffUserIds: staff,
  });
  const others = around.map((a) =>
    slot(
      a,
      participants.flatMap((p) => (p.appointmentId === a.id && p.kind === 'staff' ? [p.userId] : [])),
    ),
  );
  return conflictsWith(
    slot({ ...candidate, status: 'scheduled' } as AppointmentRecord, staffUserIds),
    others,
  ).map((c) => ({ appointmentId: c.id, startsAt: c.startsAt, durationMinutes: c.durationMinutes }));
}
