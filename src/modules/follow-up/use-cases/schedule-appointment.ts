import { appointmentBody } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { programScopeOf } from '../../programs/api.js';
import { appointmentsRepository, type ParticipantRecord } from '../adapters/appointments-repository.js';
import { followUpErrors } from '../errors.js';
import { enqueueAppointmentMail } from '../jobs.js';
import { checkStaff, conflictsOf } from './appointment-participants.js';
import { followedPerson, followUpRoles } from './follow-up-access.js';

export const scheduleAppointmentInput = appointmentBody;

/**
 * Schedules an appointment with the person, staff of the organization and partners. Overlaps with a
 * staff member's other appointments are returned as warnings: counselors double-book on purpose (a
 * short call during a long interview slot), and the agenda keeps flagging them.
 */
export const scheduleAppointment = defineUseCase(
  scheduleAppointmentInput,
  async ({ input, ctx, trx, now, newId, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, followUpRoles);
    const person = await followedPerson(trx, actor, input.personId);
    if (input.programId && !(await programScopeOf(trx, actor, input.programId)))
      throw followUpErrors.programNotFound();
    if (input.mode === 'in_person' && !input.siteId && !input.place) throw followUpErrors.placeRequired();
    if (input.mode === 'video' && !input.meetingLink) throw followUpErrors.linkRequired();
    if (input.siteId) {
      const sites = await organizationsApi(trx).listSites(actor.organizationId);
      if (!sites.some((s) => s.id === input.siteId)) throw followUpErrors.siteNotFound();
    }
    const staffUserIds = [...new Set(input.staffUserIds.length > 0 ? input.staffUserIds : [actor.userId])];
    await checkStaff(trx, actor, staffUserIds);

    const id = newId();
    const startsAt = new Date(input.startsAt);
    const participants: ParticipantRecord[] = [
      ...staffUserIds.map((userId) => ({ appointmentId: id, kind: 'staff' as const, userId })),
      ...input.partners.map((p) => ({
        appointmentId: id,
        kind: 'partner' as const,
        name: p.name,
        organization: p.organization ?? null,
        email: p.email ?? null,
      })),
    ];
    await appointmentsRepository(trx).insert(
      {
        id,
        organizationId: actor.organizationId,
        personId: person.id,
        programId: input.programId ?? null,
        mode: input.mode,
        // The other mode's fields would only confuse the invitation.
        siteId: input.mode === 'in_person' ? (input.siteId ?? null) : null,
        place: input.mode === 'in_person' ? (input.place ?? null) : null,
        meetingLink: input.mode === 'video' ? (input.meetingLink ?? null) : null,
        startsAt,
        durationMinutes: input.durationMinutes,
        createdBy: actor.userId,
      },
      participants,
      now,
      newId,
    );
    const conflicts = await conflictsOf(
      trx,
      actor.organizationId,
      { id, startsAt, durationMinutes: input.durationMinutes },
      staffUserIds,
    );
    await enqueueAppointmentMail(trx, newId, { appointmentId: id, sequence: 0 }, now);
    await timeline.publish({
      organizationId: actor.organizationId,
      personId: person.id,
      occurredAt: now,
      module: 'follow-up',
      kind: 'appointment.scheduled',
      resourceType: 'appointment',
      resourceId: id,
      data: { mode: input.mode, startsAt: startsAt.toISOString(), durationMinutes: input.durationMinutes },
      recordedBy: actor.userId,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'appointment.schedule',
      resourceType: 'appointment',
      resourceId: id,
      personId: person.id,
      requestId: ctx.requestId,
      details: {
        mode: input.mode,
        staff: staffUserIds.length,
        partners: input.partners.length,
        conflicts: conflicts.length,
      },
    });
    return { id, conflicts };
  },
);
