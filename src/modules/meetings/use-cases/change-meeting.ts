import { z } from 'zod';
import { meetingDetailsBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { consortiumParticipants, meetingRoles, meetingToRun, requireParticipants } from './meeting-access.js';

/** The coordination changes a meeting's time, place, agenda or invited organizations. Audited. */
export const changeMeeting = defineUseCase(
  z.object({ meetingId: z.uuid(), body: meetingDetailsBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    const { body } = input;
    requireParticipants(await consortiumParticipants(trx, meeting.consortiumId), body.invitedOrganizationIds);
    const repo = meetingsRepository(trx);
    await repo.changeDetails(
      meeting,
      {
        title: body.title,
        startsAt: new Date(body.startsAt),
        endsAt: body.endsAt ? new Date(body.endsAt) : null,
        place: body.place ?? null,
        videoLink: body.videoLink ?? null,
        agenda: body.agenda,
      },
      now,
    );
    await repo.setInvited(meeting, body.invitedOrganizationIds);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.meeting_change',
      resourceType: 'consortium_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { invited: body.invitedOrganizationIds.length, agendaItems: body.agenda.length },
    });
    return undefined;
  },
);
