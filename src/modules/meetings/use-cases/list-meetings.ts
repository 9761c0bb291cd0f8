import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { partnerAttendeesRepository } from '../adapters/partner-attendees-repository.js';
import { isOpenStatus } from '../domain/actions.js';
import { peoplePresent } from '../domain/attendance.js';
import { meetingKinds } from '../domain/vocabulary.js';
import { consortiumParticipants, coordinates, meetingRoles, runs } from './meeting-access.js';

/**
 * The meetings of the actor's consortia, latest first: all of those its organization coordinates, and
 * in the others those its organization was invited to.
 */
export const listMeetings = defineUseCase(
  z.object({ consortiumId: z.uuid().optional(), kind: z.enum(meetingKinds).optional() }),
  async ({ input, ctx, trx }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const repo = meetingsRepository(trx);
    const organizations = organizationsApi(trx);
    const all = [...new Set([...actor.coordinatedConsortiumIds, ...actor.consortiumIds])];
    const consortia = [];
    for (const id of all) {
      const consortium = await organizations.findConsortium(id);
      if (!consortium) continue;
      const running = runs(actor, id);
      consortia.push({
        id,
        name: consortium.name,
        runs: running,
        participants: running ? await consortiumParticipants(trx, id) : [],
      });
    }
    consortia.sort((a, b) => a.name.localeCompare(b.name));
    const wanted = input.consortiumId ? all.filter((id) => id === input.consortiumId) : all;
    const coordinated = wanted.filter((id) => coordinates(actor, id));
    const memberOnly = wanted.filter((id) => !coordinates(actor, id));
    const meetings = [
      ...(await repo.list({ consortiumIds: coordinated, invitedOrganizationId: null, kind: input.kind })),
      ...(await repo.list({
        consortiumIds: memberOnly,
        invitedOrganizationId: actor.organizationId,
        kind: input.kind,
      })),
    ].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
    const ids = meetings.map((m) => m.id);
    const [invitations, attendees, actions, partnerAttendees] = await Promise.all([
      repo.invitations(ids),
      repo.attendees(ids),
      actionsRepository(trx).actionsOfMeetings(ids),
      partnerAttendeesRepository(trx).ofMeetings(ids),
    ]);
    return {
      consortia,
      items: meetings.map((meeting) => {
        const invited = invitations.filter((row) => row.meetingId === meeting.id);
        return {
          id: meeting.id,
          consortiumId: meeting.consortiumId,
          kind: meeting.kind,
          title: meeting.title,
          startsAt: meeting.startsAt.toISOString(),
          place: meeting.place,
          invited: invited.length,
          present: invited.filter((row) => row.attendance === 'present').length,
          people:
            partnerAttendees.filter((p) => p.meetingId === meeting.id).length +
            invited.reduce(
              (sum, row) =>
                sum +
                peoplePresent({
                  ...row,
                  attendees: attendees.filter(
                    (a) => a.meetingId === meeting.id && a.memberOrganizationId === row.memberOrganizationId,
                  ),
                }),
              0,
            ),
          openActions: actions.filter((a) => a.meetingId === meeting.id && isOpenStatus(a.status)).length,
          hasMinutes: meeting.minutes !== null && meeting.minutes !== '',
        };
      }),
    };
  },
);
