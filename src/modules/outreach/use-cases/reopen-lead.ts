import { z } from 'zod';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachErrors } from '../errors.js';
import { outreachRoles, visibleLead } from './lead-access.js';

/**
 * Reopens a lead closed by mistake, or linked to the wrong file (the link is undone; the file and its
 * enrolment stay). An anonymized lead has nothing left to follow up: a new lead is recorded instead.
 */
export const reopenLead = defineUseCase(
  z.object({ leadId: z.uuid() }),
  async ({ input, ctx, trx, now, audit, timeline }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    if (lead.anonymizedAt) throw outreachErrors.leadAnonymized();
    if (lead.outcome === null) throw outreachErrors.leadNotClosed();
    await leadsRepository(trx).setOutcome(lead.id, actor.organizationId, null, now);
    // The file said where the person came from: it now says the link was undone.
    if (lead.personId)
      await timeline.publish({
        organizationId: actor.organizationId,
        personId: lead.personId,
        occurredAt: now,
        module: 'outreach',
        kind: 'outreach.lead_unlinked',
        resourceType: 'outreach_lead',
        resourceId: lead.id,
        data: {},
        recordedBy: actor.userId,
      });
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.lead_reopen',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      personId: lead.personId,
      requestId: ctx.requestId,
      details: { previousOutcome: lead.outcome },
    });
    return undefined;
  },
);
