import { z } from 'zod';
import { documentBody } from '../../../contracts/meetings.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { meetingsRepository } from '../adapters/meetings-repository.js';
import { meetingRoles, meetingToRun } from './meeting-access.js';

/**
 * A document of a meeting, kept where the consortium keeps its files: its title and link (the
 * documents module stores a person's files only). Audited.
 */
export const addDocument = defineUseCase(
  documentBody.extend({ meetingId: z.uuid() }),
  async ({ input, ctx, trx, now, newId, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, meetingRoles);
    const meeting = await meetingToRun(trx, actor, input.meetingId);
    const id = newId();
    await meetingsRepository(trx).insertDocument(meeting.organizationId, {
      id,
      meetingId: meeting.id,
      title: input.title,
      url: input.url,
      addedBy: actor.userId,
      addedAt: now,
    });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: meeting.organizationId,
      action: 'meetings.document_add',
      resourceType: 'consortium_meeting',
      resourceId: meeting.id,
      requestId: ctx.requestId,
      details: { documentId: id },
    });
    return { id };
  },
);
