import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { DEFAULT_TIME_ZONE, dayInZone } from '../../../core/time-zone.js';
import { defineUseCase } from '../../../core/use-case.js';
import { organizationsApi } from '../../organizations/api.js';
import { sessionsRepository } from '../adapters/sessions-repository.js';
import { renderSignInSheetPdf } from '../adapters/sign-in-sheet-pdf.js';
import { presentParticipants } from './present-participants.js';
import { sessionStaffRoles, visibleMeeting } from './session-access.js';

/**
 * The printable sign-in sheet of one meeting, for the organizer (everyone seated) or a partner (their
 * own). Its times and its date are those of the organizer's time zone, where the meeting takes place,
 * whoever prints it and whatever their browser's zone.
 */
export const signInSheet = defineUseCase(
  z.object({
    meetingId: z.uuid(),
    locale: z.enum(['fr', 'en']).optional(),
  }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    const repo = sessionsRepository(trx);
    const { meeting, series } = await visibleMeeting(trx, actor, input.meetingId);
    const organizedByMe = series.organizationId === actor.organizationId;
    const [enrolments, meetings, practical, organizations] = await Promise.all([
      repo.enrolmentsOf(series.id),
      repo.meetingsOf(series.id),
      repo.seriesPractical(series.id),
      organizationsApi(trx).listOrganizations([series.organizationId]),
    ]);
    const seated = enrolments.filter(
      (e) =>
        e.status === 'enrolled' && (organizedByMe || e.participantOrganizationId === actor.organizationId),
    );
    const participants = (await presentParticipants(trx, actor, seated)).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const locale = input.locale ?? (ctx.locale === 'fr' ? 'fr' : 'en');
    const timeZone = organizations[0]?.timeZone ?? DEFAULT_TIME_ZONE;
    const pdf = await renderSignInSheetPdf({
      locale,
      sessionTitle: series.title,
      organizationName: organizations[0]?.name ?? '',
      place: practical?.place ?? null,
      meetingLink: practical?.meetingLink ?? null,
      meetingNumber: meeting.number,
      meetingCount: meetings.length,
      startsAt: meeting.startsAt.toISOString(),
      timeZone,
      durationMinutes: meeting.durationMinutes,
      participants: participants.map((p) => ({ name: p.name, organizationName: p.organizationName })),
      generatedOn: dayInZone(now, timeZone),
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: series.organizationId,
      action: 'session.sign_in_sheet_print',
      resourceType: 'session_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { participants: participants.length },
    });
    return { filename: `sign-in-sheet-${meeting.number}-${locale}.pdf`, pdf };
  },
);
