import { createMeetingBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { commonErrors } from '../../../core/errors.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { actionsToCarryOver } from '../domain/actions.js';
import { meetingErrors } from '../errors.js';
import { consortiumParticipants, meetingRoles, requireParticipants, runs } from './meeting-access.js';

/**
 * A meeting of a series (the consortium and its kind), planned by the coordination. The open actions
 * that earlier meetings of the series decided are carried over to it: they appear on its agenda and
 * their changes there are kept with it. Audited with counts.
 */
export const createMeeting = defineUseCase(
  createMeetingBody,
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const consortium = await organizationsApi(trx).findConsortium(input.consortiumId);
    if (!consortium || !actor.coordinatedConsortiumIds.includes(consortium.id))
      throw meetingErrors.consortiumNotFound();
    // The coordination's other staff know the consortium: their role is what refuses them.
    if (!runs(actor, consortium.id)) throw commonErrors.forbidden();
    requireParticipants(await consortiumParticipants(trx, consortium.id), input.invitedOrganizationIds);
    const repo = meetingsRepository(trx);
    const id = newId();
    const meeting = {
      id,
      organizationId: consortium.coordinatingOrganizationId,
      consortiumId: consortium.id,
      kind: input.kind,
      title: input.title,
      startsAt: new Date(input.startsAt),
      endsAt: input.endsAt ? new Date(input.endsAt) : null,
      place: input.place ?? null,
      videoLink: input.videoLink ?? null,
      agenda: input.agenda,
      minutes: null,
      decisions: [],
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    await repo.insert(meeting);
    await repo.setInvited(meeting, input.invitedOrganizationIds);
    const carried = actionsToCarryOver(
      await actionsRepository(trx).seriesActions(meeting.organizationId, meeting.consortiumId, meeting.kind),
      meeting.startsAt,
    );
    await actionsRepository(trx).carryOver(meeting, carried);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.meeting_create',
      resourceType: 'consortium_meeting',
      resourceId: id,
      requestId: ctx.requestId,
      details: {
        kind: input.kind,
        invited: input.invitedOrganizationIds.length,
        agendaItems: input.agenda.length,
        carriedOver: carried.length,
      },
    });
    return { id, carriedOver: carried.length };
  },
);
