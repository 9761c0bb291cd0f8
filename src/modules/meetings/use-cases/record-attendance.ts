import { z } from 'zod';
import { attendanceBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { meetingErrors } from '../errors.js';
import { meetingRoles, meetingToRun } from './meeting-access.js';
import { requireActiveStaff } from './meeting-staff.js';

/**
 * Who attended from each invited organization, recorded by the coordination: its status, its staff who
 * came (active accounts of that organization: 400 MEETING_ATTENDEE_NOT_STAFF otherwise) and guests
 * without an account. Each organization given is replaced whole; the others are kept. Audited with counts.
 */
export const recordAttendance = defineUseCase(
  attendanceBody.extend({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    const repo = meetingsRepository(trx);
    const invited = new Set((await repo.invitations([meeting.id])).map((row) => row.memberOrganizationId));
    for (const row of input.attendance) {
      if (!invited.has(row.organizationId))
        throw meetingErrors.notInvited(undefined, { organizationId: row.organizationId });
      await requireActiveStaff(trx, row.organizationId, row.attendeeUserIds, meetingErrors.attendeeNotStaff);
      await repo.recordAttendance(meeting, {
        memberOrganizationId: row.organizationId,
        attendance: row.status,
        attendeeUserIds: row.attendeeUserIds,
        guests: row.guests,
      });
    }
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.attendance_record',
      resourceType: 'consortium_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: {
        organizations: input.attendance.length,
        present: input.attendance.filter((row) => row.status === 'present').length,
        staff: input.attendance.reduce((sum, row) => sum + row.attendeeUserIds.length, 0),
        guests: input.attendance.reduce((sum, row) => sum + row.guests.length, 0),
      },
    });
    return undefined;
  },
);
