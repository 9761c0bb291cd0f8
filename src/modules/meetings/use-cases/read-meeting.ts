import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { accountsApi } from '../../accounts/api.js';
import { organizationsApi } from '../../organizations/api.js';
import { actionsRepository } from '../adapters/actions-repository.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { actionViews } from './action-views.js';
import { consortiumParticipants, meetingRoles, runs, visibleMeeting } from './meeting-access.js';

/**
 * A meeting as its page shows it: agenda, attendance of each invited organization, minutes, decisions,
 * the actions it decided and those carried over to it, documents.
 */
export const readMeeting = defineUseCase(
  z.object({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await visibleMeeting(trx, actor, input.meetingId);
    const repo = meetingsRepository(trx);
    const organizations = organizationsApi(trx);
    const [invitations, decided, carried, documents, consortium, today] = await Promise.all([
      repo.invitations([meeting.id]),
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
    ]);
    const staff = (userId: string) => ({ userId, name: names.get(userId) ?? null });
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
      attendance: invitations
        .map((row) => ({
          organization: { id: row.memberOrganizationId, name: nameOf.get(row.memberOrganizationId) ?? '—' },
          status: row.attendance,
          attendees: row.attendees,
        }))
        .sort((a, b) => a.organization.name.localeCompare(b.organization.name)),
      participants: running ? participants : [],
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
