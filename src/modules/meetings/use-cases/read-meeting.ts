import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { peoplePresent } from '../domain/attendance.js';
import { actionViews } from './action-views.js';
import { consortiumParticipants, meetingRoles, runs, visibleMeeting } from './meeting-access.js';
import { partnerAttendanceOf, partnerContactsToChoose } from './meeting-partners.js';
import { activeStaffOf, type StaffMember } from './meeting-staff.js';

/**
 * A meeting as its page shows it: agenda, attendance of each invited organization (its staff who came by
 * name, its guests, the people present), the partner-directory contacts who came by partner, minutes, decisions, the actions it decided and those carried
 * over to it, documents. Who runs it also gets each participant's active staff, to choose from.
 */
export const readMeeting = defineUseCase(
  z.object({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await visibleMeeting(trx, actor, input.meetingId);
    const repo = meetingsRepository(trx);
    const organizations = organizationsApi(trx);
    const [invitations, attendees, decided, carried, documents, consortium, today] = await Promise.all([
      repo.invitations([meeting.id]),
      repo.attendees([meeting.id]),
      actionsRepository(trx).actionsOfMeetings([meeting.id]),
      actionsRepository(trx).carriedTo(meeting.id),
      repo.documents(meeting.id),
      organizations.findConsortium(meeting.consortiumId),
      organizations.todayOf(meeting.organizationId, now),
    ]);
    const running = runs(actor, meeting.consortiumId);
    const participants = await consortiumParticipants(trx, meeting.consortiumId);
    const nameOf = new Map(participants.map((p) => [p.id, p.name]));
    const missing = invitations.map((i) => i.memberOrganizationId).filter((id) => !nameOf.has(id));
    for (const o of await organizations.listOrganizations(missing)) nameOf.set(o.id, o.name);
    const names = await accountsApi(trx).displayNames([
      meeting.createdBy,
      ...documents.map((d) => d.addedBy),
      ...attendees.map((a) => a.userId),
    ]);
    const staff = (userId: string) => ({ userId, name: names.get(userId) ?? null });
    const byName = (a: { name: string | null }, b: { name: string | null }) =>
      (a.name ?? '').localeCompare(b.name ?? '');
    const attendance = invitations
      .map((row) => {
        const came = attendees
          .filter((a) => a.memberOrganizationId === row.memberOrganizationId)
          .map((a) => staff(a.userId))
          .sort(byName);
        return {
          organization: { id: row.memberOrganizationId, name: nameOf.get(row.memberOrganizationId) ?? '—' },
          status: row.attendance,
          attendees: came,
          guests: row.guests,
          people: peoplePresent({ attendance: row.attendance, attendees: came, guests: row.guests }),
        };
      })
      .sort((a, b) => a.organization.name.localeCompare(b.organization.name));
    const staffOf = running
      ? await activeStaffOf(
          trx,
          participants.map((p) => p.id),
        )
      : new Map<string, StaffMember[]>();
    const partnerAttendance = await partnerAttendanceOf(trx, meeting.id);
    const withSeries = <T>(rows: T[]) => rows.map((row) => ({ ...row, consortiumId: meeting.consortiumId }));
    return {
      id: meeting.id,
      consortium: { id: meeting.consortiumId, name: consortium?.name ?? '—' },
      kind: meeting.kind,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt?.toISOString() ?? null,
      place: meeting.place,
      videoLink: meeting.videoLink,
      agenda: meeting.agenda,
      minutes: meeting.minutes,
      decisions: meeting.decisions,
      attendance,
      partnerAttendance,
      peoplePresent:
        attendance.reduce((sum, row) => sum + row.people, 0) +
        partnerAttendance.reduce((sum, row) => sum + row.people, 0),
      partnerContacts: running ? await partnerContactsToChoose(trx, meeting.organizationId) : [],
      participants: running ? participants.map((p) => ({ ...p, staff: staffOf.get(p.id) ?? [] })) : [],
      actions: await actionViews(trx, actor, withSeries(decided), today),
      carriedOver: await actionViews(trx, actor, withSeries(carried), today),
      documents: documents.map((d) => ({
        id: d.id,
        title: d.title,
        url: d.url,
        addedBy: staff(d.addedBy),
        addedAt: d.addedAt.toISOString(),
      })),
      runs: running,
      createdBy: staff(meeting.createdBy),
    };
  },
);
