import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { keptFileReads, personSummary } from '../../people/api.js';
import { sessionsReadRepository } from '../adapters/sessions-read-repository.js';
import { sessionErrors } from '../errors.js';
import { participantTotals } from './participant-totals.js';
import { sessionStaffRoles } from './session-access.js';

/**
 * The sessions in a person's file, with their hours. A kept file's are followed by those of the files
 * merged into it (docs/duplicates.md), each marked with its file and changed only there; each merged
 * file is checked as its own file and audited when its sessions are shown.
 */
export const personSessions = defineUseCase(
  z.object({ personId: z.uuid() }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, sessionStaffRoles);
    if (!(await personSummary(trx, input.personId, actor.organizationId)))
      throw sessionErrors.participantNotFound();
    const reads = await keptFileReads(trx, actor.organizationId, input.personId);
    const items = [];
    for (const file of reads.files) {
      if (!(await personSummary(trx, file, actor.organizationId))) throw sessionErrors.participantNotFound();
      const rows = await sessionsReadRepository(trx).enrolmentsOfPerson(actor.organizationId, file);
      const fromMergedFile = reads.originOf(file);
      const fileItems = await Promise.all(
        rows.map(async (r) => {
          const { totals } = await participantTotals(trx, r.seriesId, r.enrolmentId, now);
          return {
            enrolmentId: r.enrolmentId,
            seriesId: r.seriesId,
            title: r.title,
            status: r.status,
            firstMeetingAt: r.firstMeetingAt ? new Date(r.firstMeetingAt).toISOString() : null,
            attendedMinutes: totals.attendedMinutes,
            scheduledMinutes: totals.scheduledMinutes,
            attestationCode: r.attestationCode,
            fromMergedFile,
          };
        }),
      );
      const kept = file === input.personId;
      if (kept || fileItems.length > 0)
        await audit.record({
          actorUserId: actor.userId,
          organizationId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          action: 'session.person_read',
          resourceType: 'person',
          resourceId: file,
          personId: file,
          requestId: ctx.requestId,
          details: kept ? { sessions: fileItems.length } : { sessions: fileItems.length, via: 'kept_file' },
        });
      items.push(...fileItems);
    }
    return { items };
  },
);
