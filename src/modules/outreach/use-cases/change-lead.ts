import { z } from 'zod';
import { leadBody } from '../../../contracts/outreach.js';
import { requireActor, requireRole } from '../../../core/auth/actor.js';
import { defineUseCase } from '../../../core/use-case.js';
import { leadsRepository } from '../adapters/leads-repository.js';
import { outreachRoles, requireOpen, visibleLead } from './lead-access.js';
import { changedFields, leadFieldsOf } from './lead-fields.js';

/** Corrects an open lead; a closed one is reopened first. Audited with the fields changed, no values. */
export const changeLead = defineUseCase(
  z.object({ leadId: z.uuid(), body: leadBody }),
  async ({ input, ctx, trx, now, audit }) => {
    const actor = requireActor(ctx);
    requireRole(actor, outreachRoles);
    const lead = await visibleLead(trx, actor, input.leadId);
    requireOpen(lead);
    const fields = await leadFieldsOf(trx, actor, input.body, lead.assignedUserId);
    await leadsRepository(trx).update(lead.id, actor.organizationId, fields, now);
    await audit.record({
      actorUserId: actor.userId,
      organizationId: actor.organizationId,
      subjectOrganizationId: actor.organizationId,
      action: 'outreach.lead_change',
      resourceType: 'outreach_lead',
      resourceId: lead.id,
      requestId: ctx.requestId,
      details: { fields: changedFields(lead, fields) },
    });
    return undefined;
  },
);
