import { z } from 'zod';
import type { leadView } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { namesOf, outreachRoles, visibleLead } from './lead-access.js';

/** A lead with its contact details and attempts: a read of a person's data, audited. */
export const readLead = defineUseCase(
  z.object({ leadId: z.uuid() }),
  async ({ input, ctx, trx, audit }): Promise<z.input<typeof leadView>> => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    const attempts = await leadsRepository(trx).attemptsOf(lead.id, actor.organizationId);
    const name = await namesOf(trx, [
      lead.assignedUserId,
      lead.createdBy,
      ...attempts.map((a) => a.recordedBy),
    ]);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.lead_read',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      personId: lead.personId,
      requestId: ctx.requestId,
      details: {},
    });
    return {
      id: lead.id,
      programId: lead.programId,
      metOn: lead.metOn,
      source: lead.source,
      partnerKind: lead.partnerKind,
      partnerName: lead.partnerName,
      eventName: lead.eventName,
      givenName: lead.givenName,
      familyName: lead.familyName,
      assigned: name(lead.assignedUserId),
      outcome: lead.outcome,
      outcomeOn: lead.outcomeOn,
      personId: lead.personId,
      attempts: attempts.length,
      lastAttemptAt: attempts[0]?.attemptedAt.toISOString() ?? null,
      anonymized: lead.anonymizedAt !== null,
      phone: lead.phone,
      email: lead.email,
      language: lead.language,
      note: lead.note,
      createdBy: name(lead.createdBy) ?? { userId: lead.createdBy, name: null },
      createdAt: lead.createdAt.toISOString(),
      attemptsMade: attempts.map((a) => ({
        id: a.id,
        attemptedAt: a.attemptedAt.toISOString(),
        channel: a.channel,
        reached: a.reached,
        note: a.note,
        recordedBy: name(a.recordedBy) ?? { userId: a.recordedBy, name: null },
      })),
    };
  },
);
