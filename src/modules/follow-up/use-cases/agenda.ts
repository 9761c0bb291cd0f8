import { agendaQuery } from '../../../contracts/follow-up.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import type { Role } from '../../../core/auth/roles.js';
import { dayBoundsInZone, dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { personSummary } from '../../people/api.js';
import { openTasksDueBetween } from '../../tasks/api.js';
import { appointmentsRepository } from '../adapters/appointments-repository.js';
import { conflictMap } from '../domain/conflicts.js';
import { addDays } from '../domain/contacts.js';
import { followUpErrors } from '../errors.js';
import { followUpRoles } from './follow-up-access.js';
import { presentAppointments } from './present-appointments.js';

/** Monday of the ISO week of `day`. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/**
 * A staff member's appointments for a day or a week (Monday to Sunday), with the ones that overlap
 * flagged, and the open tasks due on those days (a follow-up call after an exit among them). Days are the organization's: in Montréal an appointment at 20:00 is on that evening's day,
 * though it is the next day in UTC, and a day of a change of summer time lasts 23 or 25 hours. Colleagues of the organization may read each other's agenda (to plan together).
 */
export const agenda = defineUseCase(agendaQuery, async ({ input, ctx, trx, now, audit }) => {
  const actor = requireActor(ctx);
  requireRole(actor, followUpRoles);
  const userId = input.userId ?? actor.userId;
  const organizations = organizationsApi(trx);
  const members = (await organizations.staffOfOrganization(actor.organizationId)).filter((m) =>
    followUpRoles.includes(m.role as Role),
  );
  const zone = (await organizations.findOrganization(actor.organizationId))?.timeZone ?? 'UTC';
  if (!members.some((m) => m.userId === userId)) throw followUpErrors.staffNotFound();
  const day = input.date ?? dayInZone(now, zone);
  const from = input.view === 'day' ? day : mondayOf(day);
  const to = addDays(from, input.view === 'day' ? 1 : 7);
  const appointments = await appointmentsRepository(trx).ofStaffBetween(
    actor.organizationId,
    [userId],
    dayBoundsInZone(from, zone).start,
    dayBoundsInZone(to, zone).start,
  );
  const presented = await presentAppointments(trx, actor.organizationId, appointments);
  const tasks = await openTasksDueBetween(trx, actor.organizationId, userId, from, to);
  const conflicts = conflictMap(
    presented.map((a) => ({
      id: a.id,
      startsAt: a.startsAt,
      durationMinutes: a.durationMinutes,
      status: a.status,
      staffUserIds: [userId],
    })),
  );
  const people = new Map(
    await Promise.all(
      [...new Set(appointments.map((a) => a.personId))].map(
        async (id) => [id, await personSummary(trx, id, actor.organizationId)] as const,
      ),
    ),
  );
  const names = await accountsApi(trx).displayNames(members.map((m) => m.userId));
  await audit.record({
    actorUserId: actor.userId,
    organizationId: actor.organizationId,
    subjectOrganizationId: actor.organizationId,
    action: 'follow_up.agenda',
    resourceType: 'appointment',
    resourceId: null,
    requestId: ctx.requestId,
    details: {
      view: input.view,
      appointments: appointments.length,
      tasks: tasks.length,
      people: people.size,
      ownAgenda: userId === actor.userId,
    },
  });
  return {
    userId,
    from,
    to: addDays(to, -1),
    items: presented.map((a) => {
      const person = people.get(a.personId);
      return {
        ...a,
        personName: person ? `${person.givenName} ${person.familyName}` : '',
        conflictsWith: conflicts.get(a.id) ?? [],
      };
    }),
    tasks,
    staff: members
      .map((m) => ({ userId: m.userId, displayName: names.get(m.userId) ?? '' }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
  };
});
